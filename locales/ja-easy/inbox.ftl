# Machi — the inbox in やさしい日本語: short words, spaces between words, almost no kanji. Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = おしらせ
inbox-empty = おしらせ は ありません。

## Status of a message

inbox-status-active = いま の おしらせ
inbox-status-updated = あたらしく なりました
inbox-status-withdrawn = とりけし に なりました
inbox-status-expired = おわりました
inbox-in-force = いま でて います
inbox-drill = くんれん
inbox-areas = ばしょ

## OS notifications (plain text)

notification-title = 【{ $category }】{ $headline }
notification-title-drill = 【くんれん・{ $category }】{ $headline }
notification-withdrawn = とりけし：{ $headline }

## The list (UI)

inbox-filters = おしらせ を えらぶ
inbox-search-label = ことば で さがす
inbox-category-label = しゅるい
inbox-category-all = ぜんぶ の しゅるい
inbox-show-all = おわった おしらせ、 とりけした おしらせ も みせる
inbox-count = { $count } けん の おしらせ
inbox-no-results = あう おしらせ は ありません。
inbox-more = もっと みる（あと { $count } けん）
inbox-unread = まだ よんで いない
inbox-pinned = ピン で とめて います
inbox-pin = ピン で とめる
inbox-mark-read = よんだ ことに する
inbox-mark-unread = よんで いない ことに する
inbox-marked-read = よんだ ことに しました。
inbox-marked-unread = よんで いない ことに しました。
inbox-pin-done = ピン で とめました。
inbox-unpin-done = ピン を はずしました。
inbox-action-failed = できません でした。{ $message }
inbox-load-failed = おしらせ を よみこめません でした。{ $message }
inbox-sent-label = だした 日

## Severity and kind (badges)

inbox-severity-extreme = きんきゅう
inbox-severity-severe = けいかい
inbox-severity-moderate = ちゅうい
inbox-severity-minor = じょうほう
inbox-type-update = つづき の おしらせ

## One message (UI)

inbox-back = おしらせ の いちらん に もどる
inbox-instruction = する こと
inbox-description = くわしい こと
inbox-event = なにが あったか
inbox-sent = だした 日
inbox-effective = いつ から
inbox-onset = はじまる とき
inbox-expires = いつ まで
inbox-whole-city = まち の ぜんぶ
inbox-shown-in = みせて いる ことば
inbox-not-in-your-language = この おしらせ は { $language } で かいて いません。
inbox-show-original = もと の ことば で みる
inbox-show-translation = じぶん の ことば で みる
inbox-withdrawn-title = この おしらせ は とりけし に なりました
inbox-withdrawn-at = とりけした 日
inbox-withdrawn-original = とりけす まえ の おしらせ
inbox-superseded = この おしらせ には あたらしい おしらせ が あります。
inbox-superseded-link = あたらしい おしらせ を みる
inbox-web = ウェブサイト で くわしく みる
inbox-opens-elsewhere = （ブラウザ で ひらきます）

## Home

inbox-alerts-title = いま でて いる けいほう と ひなん の じょうほう
inbox-alerts-emergency = きんきゅう：いのち を まもって ください
inbox-unread-badge = まだ よんで いない おしらせ { $count } けん
