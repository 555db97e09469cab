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
