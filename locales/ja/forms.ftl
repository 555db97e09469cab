# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = 入力してください。
form-error-too-long = { $max }文字以内で入力してください。
form-error-characters = 「{ $char }」は窓口で読めない文字です。別の文字にしてください。
form-error-kana-only = ひらがなかカタカナで入力してください（「{ $char }」は使えません）。
form-error-name-characters = 氏名に「{ $char }」は使えません。
form-error-postal-code = 郵便番号は7けたの数字です（例: 323-8686）。
form-error-phone = 電話番号を確かめてください（例: 0285-22-1111）。
form-error-email = メールアドレスを確かめてください。
form-error-date-format = 日付として読めません（例: 2025-04-01、令和7年4月1日、R7.4.1）。
form-error-date-not-real = その日はありません。
form-error-date-era-ended = { $era }は{ $last_day }までです。{ $suggestion }ではありませんか。
form-error-date-era-not-started = { $era }は{ $first_day }からです。{ $suggestion }ではありませんか。
form-error-date-too-early = { $earliest }より前の日付は使えません。
form-error-date-in-future = 今日より後の日付は入力できません。
form-error-date-in-past = 今日より前の日付は選べません。
form-error-number = 数字で入力してください。
form-error-number-too-small = { $min }以上にしてください。
form-error-number-too-large = { $max }以下にしてください。
form-error-choice = 選択肢から選んでください。
form-error-members-too-few = { $min }人以上入力してください。
form-error-members-too-many = { $max }人までです。
form-prefill-consent = プロフィールの内容（氏名・生年月日・住所など）をこの届出に入力しますか。この端末の中だけで使い、どこにも送りません。
form-codes-show = 窓口でこのコードを見せてください（{ $count }枚）。
wait-updated-at = { $time }時点の待ち状況
wait-stale = この情報は{ $minutes }分前のものです。今の待ち時間とちがうかもしれません。
wait-offline = インターネットにつながっていません。最後に受け取った情報を表示しています。
