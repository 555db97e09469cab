# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = わたし
health-back = けんこう ポイント に もどる
health-file-none = ファイル を まだ えらんで いません

## Whose points (one tap switches)

health-profiles-heading = だれ の ポイント を みますか
health-showing = いま みて いる 人：{ $name }
health-profiles-hint = かぞく で つかう とき は、さきに 人 を えらんで ください。ポイント と きろく は 人 ごと に わかれて います。
health-profiles-manage = 人 を ふやす・なまえ を かえる・じぶん の じょうほう
health-switched = { $name } の きろく を みて います。

## The progress view

health-progress-heading = { $name } の ポイント
health-period = きかん：{ $period }
health-balance-unit = { $points ->
   *[other] ポイント
}
health-tier-label = いま の ランク
health-tier = いま の ランク：{ $tier }
health-tier-none = まだ ランク は ありません
health-to-next-tier = { $tier } まで あと { $points } ポイント
health-top-tier = いちばん うえ の ランク です
health-draw-entries-label = ちゅうせん に でられる かず
health-draw-entries = { $count } こ
health-streak-label = つづけて あるいた 日 の かず
health-streak = { $days } にち
health-streak-goal = { $goal } 日 つづくと ボーナス が もらえます
health-today-steps-label = きょう あるいた ほすう
health-today-steps = { $steps } ぽ
health-today-steps-none = まだ かいて いません
health-by-source = ポイント の うちわけ
health-source-steps = ほすう（あるいた かず）
health-source-bonus = つづけた ボーナス
health-source-checkup = けんこうしんだん・がん の けんさ
health-source-checkin = イベント に さんか
health-points-value = { $points } ポイント
health-show-counter = まどぐち で みせる
health-how-to-earn = ポイント の ためかた

## Recording

health-record-heading = きろく する
health-record-for = { $name } の きろく に なります。
health-refused = きろく できません でした。{ $message }

health-steps-heading = ほすう（あるいた かず）
health-steps-date = ひにち
health-steps-count = ほすう（なん ぽ）
health-steps-hint = おなじ 日 を もう いちど かくと、その 日 の ほすう が あたらしい かず に かわります。
health-steps-save = ほすう を きろく する
health-steps-recorded = { $date } に { $steps } ぽ あるいた と きろく しました（{ $points } ポイント）。
health-steps-corrected = { $date } の ほすう を { $steps } ぽ に なおしました（この 日 は { $points } ポイント）。
health-steps-unchanged = { $date } の ほすう は { $steps } ぽ の まま です（{ $points } ポイント）。
health-bonus-earned = つづけた ボーナス で { $points } ポイント もらいました。
health-bonus-lost = つづかなく なった ので、ボーナス の { $points } ポイント を けしました。
health-error-date-required = ひにち を かいて ください。
health-error-steps-number = ほすう は 0 いじょう の すうじ で かいて ください。

health-checkin-heading = イベント に さんか（QRコード）
health-checkin-hint = かいじょう の QRコード の しゃしん を えらぶ か、コード の もじ を はりつけて ください。1つ の イベント で、1人 1かい だけ きろく できます。
health-checkin-paste = コード の もじ（MACHI-EVENT1. で はじまる もじ）
health-checkin-save = さんか を きろく する
health-checkin-image = QRコード の しゃしん を えらぶ（PNG・JPEG）
health-checkin-camera = カメラ で よみとる
health-checkin-camera-label = カメラ の えいぞう
health-checkin-camera-capture = しゃしん を とって よみとる
health-checkin-camera-close = カメラ を とじる
health-checkin-camera-failed = カメラ が つかえません でした。しゃしん を えらぶ か、コード の もじ を はりつけて ください。
health-checkin-reading = コード を たしかめて います…
health-checkin-credited = 「{ $event }」に さんか した と きろく しました：{ $points } ポイント（{ $name }）。
health-checkin-already = 「{ $event }」の さんか は { $date } に もう きろく して います（{ $name }）。ポイント は ふえません。
health-error-code-required = コード の もじ を はりつけて ください。

health-checkup-heading = けんこうしんだん・がん の けんさ
health-checkup-kind = うけた けんさ
health-checkup-choose = えらんで ください
health-checkup-option = { $kind }（{ $points } ポイント）
health-checkup-date = うけた 日
health-checkup-save = けんさ を きろく する
health-checkup-recorded = { $kind }（{ $date }）を きろく しました：{ $points } ポイント。
health-checkup-already = { $kind } は この きかん に もう きろく して います（{ $date }）。ポイント は ふえません。
health-error-kind-required = けんさ の しゅるい を えらんで ください。

health-import-heading = ほすう の ファイル を よみこむ
health-import-hint = Google Fit の「Daily activity metrics.csv」か、Apple の ヘルスケア から だした export.xml を えらんで ください。おなじ 日 は あたらしい かず に かわります。
health-import-file = ファイル を えらぶ
health-import-format = ファイル の しゅるい
health-import-format-auto = じどう で きめる
health-import-format-google-fit = Google Fit の ファイル（CSV）
health-import-format-apple-health = Apple の ヘルスケア の ファイル（export.xml）
health-import-save = よみこむ
health-import-reading = よみこんで います…
health-import-done = { $days } 日 ぶん を よみこみました。あたらしい 日：{ $recorded }、なおした 日：{ $corrected }、かわらない 日：{ $unchanged }、たいしょう で ない 日：{ $skipped }。
health-error-file-required = ファイル を えらんで ください。

## History

health-history-heading = これまで の きろく
health-history-empty = まだ きろく は ありません。
health-history-more = もっと みる（のこり { $count }）
health-history-steps = ほすう { $steps } ぽ
health-history-steps-correction = ほすう を なおした：{ $steps } ぽ
health-history-origin-google-fit = Google Fit から
health-history-origin-apple-health = Apple の ヘルスケア から
health-history-checkup = けんさ：{ $kind }
health-history-checkin = イベント：{ $event }
health-history-bonus = { $days } 日 つづけた ボーナス
health-history-bonus-removed = つづけた ボーナス を けした
# $points is already signed (+8, −3).
health-history-points = { $points } ポイント

## The resident's data

health-data-heading = きろく を ほぞん する・けす
health-data-hint = きろく と じぶん の じょうほう は、この スマホ や パソコン の なか だけ に あります。まち の やくしょ など には おくりません。
health-export-json = JSON で ほぞん する
health-export-csv = CSV で ほぞん する
health-exported = { $file } を ほぞん しました。
health-delete-all = { $name } の きろく を ぜんぶ けす
health-delete-confirm-heading = ほんとう に けしますか？
health-delete-confirm-body = { $name } の プロフィール、じぶん の じょうほう、ポイント の きろく を ぜんぶ けします。もと に もどせません。
health-delete-confirm = けす
health-delete-cancel = やめる
health-deleted = { $name } の きろく { $count } こ を ぜんぶ けしました。

## Show at the counter (#/health/counter)

health-counter-title = まどぐち で みせる
health-counter-hint = がめん を あかるく して、この QRコード を やくしょ の まどぐち の 人 に みせて ください。
health-counter-parts = QRコード が { $count } こ あります。じゅんばん に ぜんぶ みせて ください。
health-counter-code-label = まどぐち で みせる QRコード（{ $part }/{ $of }）
health-counter-asof = { $date } の じてん
health-counter-total = ごうけい
health-counter-verified-label = たしかめられる イベント の さんか
health-counter-verified = { $count } かい・{ $points } ポイント
health-counter-self-label = じぶん で かいた もの（ほすう・ボーナス・けんさ）
health-counter-steps = { $days } 日・{ $points } ポイント

## How to earn (#/health/rules)

health-rules-title = ポイント の ためかた
health-rules-heading = いま の ルール
health-rules-valid = { $from } から { $to } まで の ルール です（{ $version } ばん）。
health-rules-steps = ほすう：{ $steps } ぽ で 1 ポイント。1日 に いちばん おおくて { $cap } ポイント（{ $capsteps } ぽ）まで。
health-rules-streak = つづけた ボーナス：{ $days } 日 つづけて { $steps } ぽ いじょう あるくと { $points } ポイント。
health-rules-checkin = イベント：かいじょう の QRコード で 1かい { $points } ポイント（イベント で ちがう こと が あります）。
health-rules-checkups = けんこうしんだん・がん の けんさ（きかん の なか で しゅるい ごと に 1かい）
health-rules-tiers = ランク と ちゅうせん
health-rules-tier = { $tier }：{ $points } ポイント で ちゅうせん { $entries } こ
health-rules-next = { $from } から あたらしい ルール に なります（{ $version } ばん）

## The family's profiles (#/health/profiles)

health-profiles-title = かぞく の プロフィール
health-profiles-registered = この スマホ や パソコン の 人
health-profile-shown = いま みて いる 人
health-profile-rename = なまえ を かえる
health-profile-renamed = なまえ を { $name } に かえました。
health-profile-add = 人 を ふやす
health-profile-name = なまえ（よびかた）
health-profile-added = { $name } を ふやしました。
health-error-name-required = なまえ を かいて ください。
health-details-heading = { $name } の じょうほう
health-details-hint = もうしこみ の しょるい に じどう で かく ため の じょうほう です。この スマホ や パソコン の なか だけ に ほぞん します。
health-details-full-name = なまえ（こせき や ざいりゅうカード の とおり）
health-details-kana = なまえ の よみかた（カタカナ）
health-details-birth-date = うまれた 日
health-details-postal-code = ゆうびんばんごう（れい：323-8686）
health-details-address = じゅうしょ
health-details-phone = でんわばんごう
health-details-consent = もうしこみ の しょるい に この じょうほう を つかって も いい
health-details-save = ほぞん する
health-details-saved = ほぞん しました。
