# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = かいて ください。
form-error-too-long = { $max }もじ までで かいて ください。
form-error-characters = 「{ $char }」は つかえません。ほかの もじに して ください。
form-error-kana-only = ひらがな か カタカナで かいて ください（「{ $char }」は だめです）。
form-error-name-characters = なまえに「{ $char }」は つかえません。
form-error-postal-code = ゆうびんばんごうは 7つの すうじです（れい: 323-8686）。
form-error-phone = でんわばんごうを たしかめて ください（れい: 0285-22-1111）。
form-error-email = メールアドレスを たしかめて ください。
form-error-date-format = ひづけが よめません（れい: 2025-04-01、れいわ7ねん4がつ1にち）。
form-error-date-not-real = その ひは ありません。
form-error-date-era-ended = { $era }は { $last_day }で おわりました。{ $suggestion }ですか。
form-error-date-era-not-started = { $era }は { $first_day }から です。{ $suggestion }ですか。
form-error-date-too-early = { $earliest }より まえの ひは かけません。
form-error-date-in-future = きょうより あとの ひは かけません。
form-error-date-in-past = きょうより まえの ひは えらべません。
form-error-number = すうじで かいて ください。
form-error-number-too-small = { $min }より ちいさく できません。
form-error-number-too-large = { $max }より おおきく できません。
form-error-choice = えらんで ください。
form-error-members-too-few = { $min }にん いじょう かいて ください。
form-error-members-too-many = { $max }にん までです。
form-prefill-consent = あなたの なまえや じゅうしょを この とどけに いれますか。この スマホの なかだけで つかいます。
form-codes-show = まどぐちで この コードを みせて ください（{ $count }まい）。
wait-updated-at = { $time }の じょうほう
wait-stale = この じょうほうは { $minutes }ぷん まえの ものです。いまと ちがうかも しれません。
wait-offline = インターネットに つながって いません。まえの じょうほうを みせて います。
wait-unknown = まどぐちの こみぐあいは まだ とどいて いません。
wait-offline-empty = まどぐちの こみぐあいが わかりません。インターネットに つながって いない ようです。

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label }（{ $field }）: { $message }
form-problem-member = { $group } { $row }にんめの { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = プロフィールから { $count }この ところに いれました。たしかめて ください。
form-prefill-needs-consent = 「いいです」と いって いないので、プロフィールは みて いません。
form-prefill-no-profile = この スマホには まだ プロフィールが ありません。
form-prefill-not-shared = この プロフィールは とどけに つかわない せっていです。プロフィールの せっていで かえられます。
form-prefill-nothing = プロフィールから いれられる ところは ありませんでした。

## The forms list (#/forms)

forms-intro = とどけや もうしこみを いえで かいて おけば、まどぐちでは QRコードを みせるだけです。
forms-private = かいた ことは この スマホの なかだけに のこります。どこにも おくりません。
forms-list-heading = とどけ・もうしこみ
forms-official-label = まどぐちでの なまえ
forms-counter = まどぐち: { $counter }
forms-draft-saved-at = したがき あり（{ $time }）
forms-none = とどけは まだ ありません。
forms-wait-link = まどぐちの こみぐあいを みる
forms-list-failed = とどけの いちらんを ひらけませんでした: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = とどけを ひらけませんでした: { $message }
form-required = かならず かく
form-date-hint = れい: 2026-04-01、R8.4.1、れいわ8ねん4がつ1にち
form-member-heading = { $row }にんめ
form-member-add = ひとを ふやす
form-member-remove = { $row }にんめを けす
form-member-added = { $row }にんめを ふやしました。
form-member-removed = ひとり けしました。
form-members-limit = { $max }にんまで かけます。
form-prefill-title = プロフィールから いれる
form-prefill-button = プロフィールを つかって いれる
form-prefill-agree = いいです。いれて ください
form-prefill-cancel = やめる
form-prefill-given = この とどけでは、プロフィールを つかって いいと いいました。
form-prefill-withdraw = 「いいです」を とりけす
form-prefill-withdrawn = とりけしました。もう いれた ことは そのままです。
form-draft-saved = したがきを のこしました（{ $time }）
form-draft-restored = まえに かいた したがきです。
form-draft-save-failed = したがきを のこせませんでした: { $message }
form-check-failed = かいた ことを たしかめられませんでした: { $message }
form-show-codes = まどぐちで みせる QRコードを つくる
form-has-problems = なおす ところが { $count }こ あります。
form-problems-heading = なおす ところ
form-problem-item = { $label }：{ $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = まどぐちで みせる QRコード
form-codes-position = { $index }まいめ / { $total }まい
form-codes-alt = { $form }の QRコード（{ $total }まいの うち { $index }まいめ）
form-codes-next = つぎの コード
form-codes-previous = まえの コード
form-codes-brightness = がめんを あかるく すると、まどぐちで よみやすく なります。
form-codes-where = だす ところ: { $counter }
form-codes-save = この コードを PNGで ほぞんする
form-codes-save-all = ぜんぶの コードを PNGで ほぞんする
form-codes-saved = { $file }を ほぞんしました。
form-codes-print = いんさつする
form-codes-content = この コードに はいって いる こと
form-codes-back = かく がめんに もどる
form-codes-done = だし おわったので、したがきを けす
form-codes-failed = QRコードを つくれませんでした: { $message }

## The counters' queues (#/forms/wait)

wait-title = まどぐちの こみぐあい
wait-intro = この がめんを ひらいて いる あいだ、だいたい 1ぷんごとに あたらしく します。
wait-waiting = { $count }にん まって います
wait-minutes = だいたい { $minutes }ふん
wait-waiting-label = まって いる ひと
wait-minutes-label = まつ じかん
wait-refresh = いま あたらしく する
wait-none = まどぐちの こみぐあいの じょうほうは ありません。
wait-failed = まどぐちの こみぐあいが わかりませんでした: { $message }
