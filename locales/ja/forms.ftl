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
wait-unknown = 待ち状況はまだ届いていません。
wait-offline-empty = 待ち状況を受け取れません。インターネットにつながっていないようです。

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group } { $row }人目の{ $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = プロフィールから{ $count }項目を入力しました。確かめてください。
form-prefill-needs-consent = 同意がないため、プロフィールは読み取っていません。
form-prefill-no-profile = この端末にはまだプロフィールがありません。
form-prefill-not-shared = このプロフィールは届出に使わない設定になっています。プロフィールの設定で変えられます。
form-prefill-nothing = プロフィールから入力できる空欄はありませんでした。

## The forms list (#/forms)

forms-intro = 届出や申請書を家で入力しておき、窓口ではQRコードを見せるだけで手続きできます。
forms-private = 入力した内容はこの端末の中だけに保存され、どこにも送信されません。
forms-list-heading = 届出・申請書
forms-official-label = 窓口での名前
forms-counter = 窓口: { $counter }
forms-draft-saved-at = 下書きあり（{ $time }に保存）
forms-none = 届出・申請書はまだありません。
forms-wait-link = 窓口の待ち状況を見る
forms-list-failed = 届出・申請書の一覧を読み込めませんでした: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = 届出を開けませんでした: { $message }
form-required = 必須
form-date-hint = 例: 2026-04-01、令和8年4月1日、R8.4.1
form-member-heading = { $row }人目
form-member-add = 人を追加する
form-member-remove = { $row }人目を削除する
form-member-added = { $row }人目を追加しました。
form-member-removed = 1人削除しました。
form-members-limit = { $max }人まで入力できます。
form-prefill-title = プロフィールから入力
form-prefill-button = プロフィールから入力する
form-prefill-agree = 同意して入力する
form-prefill-cancel = やめる
form-prefill-given = この届出では、プロフィールを使うことに同意しています。
form-prefill-withdraw = 同意を取り消す
form-prefill-withdrawn = 同意を取り消しました。入力済みの内容はそのまま残ります。
form-draft-saved = 下書きを保存しました（{ $time }）
form-draft-restored = 前回入力した下書きを表示しています。
form-draft-save-failed = 下書きを保存できませんでした: { $message }
form-check-failed = 入力を確認できませんでした: { $message }
form-show-codes = 窓口で見せるQRコードを作る
form-has-problems = 直すところが{ $count }か所あります。
form-problems-heading = 直すところ
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = 窓口で見せるQRコード
form-codes-position = { $index } / { $total }
form-codes-alt = { $form }のQRコード（全{ $total }枚のうち{ $index }枚目）
form-codes-next = 次のコード
form-codes-previous = 前のコード
form-codes-brightness = 画面を明るくすると、窓口で読み取りやすくなります。
form-codes-where = 提出先: { $counter }
form-codes-save = このコードをPNGで保存
form-codes-save-all = すべてのコードをPNGで保存
form-codes-saved = { $file }を保存しました。
form-codes-print = 印刷する
form-codes-content = このコードに入っている内容
form-codes-back = 入力に戻る
form-codes-done = 提出が終わったので下書きを削除する
form-codes-failed = QRコードを作れませんでした: { $message }

## The counters' queues (#/forms/wait)

wait-title = 窓口の待ち状況
wait-intro = 画面を開いている間、約1分ごとに最新の情報に更新します。
wait-waiting = { $count }人待ち
wait-minutes = 約{ $minutes }分
wait-waiting-label = 待っている人
wait-minutes-label = 待ち時間
wait-refresh = 今すぐ更新する
wait-none = 待ち状況の情報はありません。
wait-failed = 待ち状況を受け取れませんでした: { $message }
