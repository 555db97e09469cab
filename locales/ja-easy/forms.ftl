# Forms (書かない窓口) and counter waiting times (待たない窓口) in やさしい日本語. `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.
# The core formats form-error-*, wait-* status lines, form-problem* and form-prefill-* results as plain text, where
# furigana are dropped: those are written without kanji.

form-error-required = かいて ください。
form-error-too-long = { $max }もじまでで かいて ください。
form-error-characters = 「{ $char }」は まどぐちで よめない もじです。ほかの もじに して ください。
form-error-kana-only = ひらがなか カタカナで かいて ください（「{ $char }」は つかえません）。
form-error-name-characters = なまえに「{ $char }」は つかえません。
form-error-postal-code = ゆうびん ばんごうは 7けたの すうじです（れい：323-8686）。
form-error-phone = でんわ ばんごうを たしかめて ください（れい：0285-22-1111）。
form-error-email = メールアドレスを たしかめて ください。
form-error-date-format = ひにちとして よめません（れい：2025-04-01、れいわ 7ねん 4がつ 1にち、R7.4.1）。
form-error-date-not-real = その 日は ありません。
form-error-date-era-ended = { $era }は { $last_day }までです。{ $suggestion }ですか。
form-error-date-era-not-started = { $era }は { $first_day }からです。{ $suggestion }ですか。
form-error-date-too-early = { $earliest }より まえの 日は つかえません。
form-error-date-in-future = きょうより あとの 日は かけません。
form-error-date-in-past = きょうより まえの 日は えらべません。
form-error-number = すうじで かいて ください。
form-error-number-too-small = { $min }いじょうの かずに して ください。
form-error-number-too-large = { $max }までの かずに して ください。
form-error-choice = この なかから えらんで ください。
form-error-members-too-few = { $min }にん いじょう かいて ください。
form-error-members-too-many = { $max }にんまでです。
form-prefill-consent = プロフィールに ある こと（名前《なまえ》・生年月日《せいねんがっぴ》・住所《じゅうしょ》など）を、この 届《とど》けに 入《い》れますか。この スマホや パソコンの 中《なか》だけで つかいます。どこにも おくりません。
form-codes-show = 窓口《まどぐち》で この コードを 見《み》せて ください（{ $count }まい）。
wait-updated-at = { $time }の まどぐちの こみぐあい
wait-stale = この じょうほうは { $minutes }ふん まえの ものです。いまの まつ じかんと ちがうかも しれません。
wait-offline = インターネットに つながって いません。さいごに もらった じょうほうを みせて います。
wait-unknown = まどぐちの こみぐあいは まだ きて いません。
wait-offline-empty = まどぐちの こみぐあいが わかりません。インターネットに つながって いない ようです。

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label }（{ $field }）：{ $message }
form-problem-member = { $group } { $row }にんめの { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = プロフィールから { $count }この ところに いれました。たしかめて ください。
form-prefill-needs-consent = 「いいです」と いう へんじが ないので、プロフィールは みて いません。
form-prefill-no-profile = この スマホや パソコンには まだ プロフィールが ありません。
form-prefill-not-shared = この プロフィールは、とどけに つかわない せっていです。プロフィールの せっていで かえる ことが できます。
form-prefill-nothing = プロフィールから いれる ことが できる ところは ありませんでした。

## The forms list (#/forms)

forms-intro = 届《とど》けや 申請書《しんせいしょ》を 家《いえ》で 書《か》いて おきます。窓口《まどぐち》では QRコードを 見《み》せるだけです。
forms-private = 書《か》いた ことは、この スマホや パソコンの 中《なか》だけに ほぞんします。どこにも おくりません。
forms-list-heading = 届《とど》け・申請書《しんせいしょ》
forms-official-label = 窓口《まどぐち》での 名前《なまえ》
forms-counter = 窓口《まどぐち》：{ $counter }
forms-draft-saved-at = 下書《したが》き あり（{ $time }に ほぞん）
forms-none = 届《とど》けや 申請書《しんせいしょ》は まだ ありません。
forms-wait-link = 窓口《まどぐち》の こみぐあいを 見《み》る
forms-list-failed = 届《とど》けと 申請書《しんせいしょ》の リストを よみこめませんでした：{ $message }

## Filling in a form (#/forms/<id>)

form-load-failed = 届《とど》けを ひらけませんでした：{ $message }
form-required = かならず 書《か》く
form-date-hint = 例《れい》：2026-04-01、令和《れいわ》8年《ねん》4月《がつ》1日《にち》、R8.4.1
form-member-heading = { $row }人目《にんめ》
form-member-add = 人《ひと》を ふやす
form-member-remove = { $row }人目《にんめ》を けす
form-member-added = { $row }人目《にんめ》を ふやしました。
form-member-removed = ｜1人《ひとり》 けしました。
form-members-limit = { $max }人《にん》まで 書《か》く ことが できます。
form-prefill-title = プロフィールから 入《い》れる
form-prefill-button = プロフィールを つかって 入《い》れる
form-prefill-agree = いいです。入《い》れて ください
form-prefill-cancel = 入《い》れない
form-prefill-given = この 届《とど》けでは、プロフィールを つかっても いいと 答《こた》えて います。
form-prefill-withdraw = 「いいです」を とりけす
form-prefill-withdrawn = 「いいです」を とりけしました。もう 入《い》れた ことは そのままです。
form-draft-saved = 下書《したが》きを ほぞんしました（{ $time }）
form-draft-restored = 前《まえ》に 書《か》いた 下書《したが》きを 見《み》せて います。
form-draft-save-failed = 下書《したが》きを ほぞんできませんでした：{ $message }
form-check-failed = 書《か》いた ことを たしかめる ことが できませんでした：{ $message }
form-show-codes = 窓口《まどぐち》で 見《み》せる QRコードを つくる
form-has-problems = なおす ところが { $count }か所《しょ》 あります。
form-problems-heading = なおす ところ
form-problem-item = { $label }：{ $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = 窓口《まどぐち》で 見《み》せる QRコード
form-codes-position = { $index }まいめ / { $total }まい
# Only the QR image's alt text, where furigana cannot be shown.
form-codes-alt = { $form }の QRコード（ぜんぶで { $total }まい、その { $index }まいめ）
form-codes-next = 次《つぎ》の コード
form-codes-previous = 前《まえ》の コード
form-codes-brightness = 画面《がめん》を あかるく すると、窓口《まどぐち》で 読《よ》みやすく なります。
form-codes-where = 出《だ》す ところ：{ $counter }
form-codes-save = この コードを PNGで ほぞんする
form-codes-save-all = ぜんぶの コードを PNGで ほぞんする
form-codes-saved = { $file }を ほぞんしました。
form-codes-print = 印刷《いんさつ》する
form-codes-content = この コードに 入《はい》って いる こと
form-codes-back = 書《か》く 画面《がめん》に もどる
form-codes-done = 出《だ》し おわったので、下書《したが》きを けす
form-codes-failed = QRコードを つくる ことが できませんでした：{ $message }

## The counters' queues (#/forms/wait)

wait-title = 窓口《まどぐち》の こみぐあい
wait-intro = この 画面《がめん》を ひらいて いる あいだ、だいたい 1分《ぷん》ごとに あたらしい じょうほうに します。
wait-waiting = { $count }人《にん》 まって います
wait-minutes = だいたい { $minutes }分《ふん》
wait-waiting-label = まって いる 人《ひと》
wait-minutes-label = まつ 時間《じかん》
wait-refresh = 今《いま》 あたらしく する
wait-none = 窓口《まどぐち》の こみぐあいの じょうほうは ありません。
wait-failed = 窓口《まどぐち》の こみぐあいが わかりませんでした：{ $message }
