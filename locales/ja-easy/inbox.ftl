# Machi — the inbox in やさしい日本語: short sentences, spaces between phrases, basic kanji with furigana.
# Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = お知《し》らせ
inbox-empty = お知《し》らせは ありません。

## Status of a message

inbox-status-active = 今《いま》の お知《し》らせ
inbox-status-updated = あたらしく なりました
inbox-status-withdrawn = とりけしに なりました
inbox-status-expired = おわりました
inbox-in-force = 今《いま》 出《で》て います
inbox-drill = 訓練《くんれん》
inbox-areas = 地区《ちく》

## OS notifications (plain text: furigana would be dropped, so no kanji)

notification-title = 【{ $category }】{ $headline }
notification-title-drill = 【くんれん・{ $category }】{ $headline }
notification-withdrawn = とりけし：{ $headline }

## The list (UI)

# Only an accessible name (aria-label), where furigana cannot be shown.
inbox-filters = おしらせを えらぶ
inbox-search-label = 言葉《ことば》で さがす
inbox-category-label = 種類《しゅるい》
inbox-category-all = ぜんぶの 種類《しゅるい》
inbox-show-all = おわった お知《し》らせ、前《まえ》の お知《し》らせ、とりけした お知《し》らせも 見《み》せる
inbox-count = お知《し》らせ { $count }件《けん》
inbox-no-results = あう お知《し》らせは ありません。
inbox-more = もっと 見《み》る（あと { $count }件《けん》）
inbox-unread = まだ 読《よ》んで いない
inbox-pinned = ピンで とめて います
inbox-pin = ピンで とめる
inbox-mark-read = 読《よ》んだ ことに する
inbox-mark-unread = 読《よ》んで いない ことに する
inbox-marked-read = 読《よ》んだ ことに しました。
inbox-marked-unread = 読《よ》んで いない ことに しました。
inbox-pin-done = ピンで とめました。
inbox-unpin-done = ピンを はずしました。
inbox-action-failed = かえる ことが できませんでした。{ $message }
inbox-load-failed = お知《し》らせを よみこめませんでした。{ $message }
inbox-sent-label = 出《だ》した 日《ひ》

## Severity and kind (badges)

inbox-severity-extreme = 緊急《きんきゅう》
inbox-severity-severe = 警戒《けいかい》
inbox-severity-moderate = 注意《ちゅうい》
inbox-severity-minor = じょうほう
inbox-type-update = つづきの お知《し》らせ

## One message (UI)

inbox-back = お知《し》らせの リストに もどる
inbox-instruction = する こと
inbox-description = くわしい こと
inbox-event = 何《なに》が あったか
inbox-sent = 出《だ》した 日《ひ》と 時間《じかん》
inbox-effective = いつから
inbox-onset = はじまる 日《ひ》と 時間《じかん》
inbox-expires = いつまで
inbox-whole-city = 市《し》の ぜんぶ
inbox-shown-in = 見《み》せて いる 言葉《ことば》
inbox-not-in-your-language = この お知《し》らせは { $language }では 書《か》いて いません。
inbox-show-original = もとの 言葉《ことば》で 見《み》る
inbox-show-translation = じぶんの 言葉《ことば》で 見《み》る
inbox-withdrawn-title = この お知《し》らせは とりけしに なりました
inbox-withdrawn-at = とりけした 日《ひ》と 時間《じかん》
inbox-withdrawn-original = とりけす 前《まえ》の お知《し》らせ
inbox-superseded = この お知《し》らせには あたらしい お知《し》らせが あります。
inbox-superseded-link = あたらしい お知《し》らせを 見《み》る
inbox-web = ウェブサイトで くわしく 見《み》る
inbox-opens-elsewhere = （ブラウザで ひらきます）

## Home

inbox-alerts-title = 今《いま》 出《で》て いる 警報《けいほう》と 避難《ひなん》の じょうほう
inbox-alerts-emergency = 緊急《きんきゅう》：命《いのち》を まもって ください
inbox-unread-badge = まだ 読《よ》んで いない お知《し》らせ { $count }件《けん》
