# Machi — 繁體中文 (zh-Hant, 台灣用語). Same ids and variables as locales/ja/machi.ftl.

locale-name = 繁體中文
app-name = Machi

## Shell

skip-to-content = 跳到主要內容
nav-main = 主選單
nav-home = 首頁
nav-settings = 設定
page-title = { $screen } | { $app }
loading = 載入中…
back-to-home = 回到首頁
retry = 再試一次
start-failed-title = 無法啟動應用程式

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = 以漢字較少、淺顯易懂的日語顯示
easy-japanese-leave = 改回{ $language }

## Home

home-title = 首頁
home-intro = 這裡整理了在{ $city }生活的實用資訊。
home-features = 可以使用的功能
feature-inbox = 通知
feature-inbox-desc = 市政府發布的消息與緊急資訊
feature-waste = 垃圾分類
feature-waste-desc = 垃圾的分類方式與收集日
feature-health = 健康點數
feature-health-desc = 走路、參加活動就能累積點數
feature-places = 避難所與設施
feature-places-desc = 附近的避難所、AED、廁所、Wi-Fi
feature-bus = 市區公車（おーバス）
feature-bus-desc = 行駛市內的公車時刻表
feature-forms = 申請與QR碼
feature-forms-desc = 在家填寫申請書，到櫃檯出示QR碼即可

## Screens that are not built yet

coming-soon-title = 準備中
coming-soon-body = 此功能將於日後的更新中提供，敬請稍候。
not-found-title = 找不到網頁
not-found-body = 此網頁不存在。請回到首頁重新選擇。

## Settings

settings-title = 設定
settings-language = 顯示語言
settings-language-hint = 應用程式的文字將以此語言顯示。
settings-easy-japanese-title = 簡易日語（やさしい日本語）
settings-easy-japanese-body = 淺顯易讀的日語，適合正在學日語的人、兒童及年長者。不論使用哪種語言，任何人都可以選擇。
settings-second-language = 第二語言
settings-second-language-hint = 通知沒有您所選語言的版本時，會以此語言顯示。
settings-display = 顯示
settings-font-size = 文字大小
font-size-normal = 標準
font-size-large = 大
font-size-xlarge = 特大
settings-high-contrast = 高對比（加強色彩對比）
settings-furigana = 在漢字上標注假名讀音
settings-furigana-hint = 在日文漢字上方以小字顯示讀音。
settings-home-area = 居住地區
settings-home-area-hint = 將依此地區顯示垃圾收集日及附近的避難所。
settings-home-area-none = 尚未選擇
settings-notifications = 通知
settings-notifications-hint = 請選擇想接收的通知類型。
notify-disaster = 災害與避難
notify-weather = 氣象警報
notify-crime = 治安防範
notify-child-safety = 兒童安全
notify-traffic = 交通與道路
notify-bus = 公車
notify-business = 企業、商家資訊
notify-events = 活動
notify-city = 市政資訊
settings-quiet-hours = 勿擾時段
settings-quiet-hours-hint = 在此時段內，只會通知攸關生命安全的緊急資訊。
settings-quiet-hours-on = 使用勿擾時段
settings-quiet-from = 開始
settings-quiet-to = 結束
settings-start-at-login = 電腦開機時自動啟動 Machi（關閉視窗後仍可收到通知）
notifications-no-service = 這台電腦沒有顯示通知的功能，因此不會跳出通知。您仍可在應用程式內查看通知。
notifications-browser = 使用瀏覽器無法收到通知。若要接收通知，請使用 Machi 應用程式。
tray-open = 開啟 Machi
tray-quit = 結束
settings-saved = 設定已儲存。
settings-save-failed = 無法儲存設定。{ $message }

## City data

settings-data = 市政資料
data-version = 資料版本
data-source = 來源
data-source-embedded = 應用程式內建
data-source-feed = 由市政府發布
data-generated = 建立時間
data-last-success = 最後更新
data-never = 尚無
data-last-error = 上次更新的錯誤
data-app-version = 應用程式版本
data-update-now = 立即更新
data-updating = 更新中…
data-offline-built-in = 目前無法連線到市政府的伺服器，因此顯示應用程式內建的市政資料（{ $date }建立）。恢復連線後會自動更新。
data-offline-held = 目前無法連線到市政府的伺服器，因此顯示{ $date }更新的市政資料。恢復連線後會自動更新。
data-source-built-in-unpublished = 應用程式內建（尚未發布的資料）
data-update-failed = 更新失敗。{ $message }

## Sync results (also used by the Rust core)

sync-up-to-date = 市政資料已是最新版本。
sync-updated = 市政資料已更新為第{ $version }版。

## Errors (ids used by the Rust core; keep ids and variables stable)

error-internal = 發生問題。請稍後再試一次。
error-not-found = { $what ->
    [message] 此通知已不存在，可能已撤銷或過期。
    [area] 沒有名為「{ $id }」的地區。
    [place] 沒有名為「{ $id }」的地點。
    [stop] 沒有名為「{ $id }」的公車站。
    [route] 沒有名為「{ $id }」的公車路線。
    [form] 沒有名為「{ $id }」的表單。
    [draft] 此表單沒有已儲存的草稿。
    [operation] 此版本的 Machi 無法執行此操作。請更新應用程式。（{ $id }）
   *[city_data] 缺少部分市政資料。請更新資料。
}
error-invalid-input = { $expected ->
    [date] 無法將「{ $value }」解讀為日期。請以 2026-12-01 的格式輸入。
    [datetime] 無法將「{ $value }」解讀為日期時間。請以 2026-12-01 08:30 的格式輸入。
    [month] 無法將「{ $value }」解讀為年月。請指定 2000–2099 年、1–12 月。
    [latitude] 緯度「{ $value }」必須介於 -90 到 90 之間。
    [longitude] 經度「{ $value }」必須介於 -180 到 180 之間。
   *[other] 輸入的內容不正確：{ $detail }
}
error-storage = 無法將資料儲存到這台裝置。請確認剩餘的儲存空間。
error-sync-network = 無法取得市政資料（網路錯誤：{ $detail }）。
error-sync-http-status = 市政府的伺服器回傳錯誤（{ $status }）。
error-sync-too-large = { $what ->
    [bundle] 市政資料超過本應用程式的上限（{ $limit }），因此未下載。
   *[file] 市政資料中的一個檔案超過本應用程式的上限（{ $limit }），因此未下載。
}
error-sync-bad-signature = 由於簽章不正確，未更新市政資料。
error-sync-untrusted-key = 由於使用不受信任的金鑰簽章，未更新市政資料。
error-sync-wrong-city = 這是其他地方政府的資料（應為：{ $expected }，收到：{ $found }）。
error-sync-rollback = 收到的資料比目前的資料舊，因此未更新（目前：第{ $held }版，收到：第{ $offered }版）。
error-sync-hash-mismatch = 檔案「{ $file }」已損毀，因此未更新。
error-sync-invalid-manifest = 市政資料的檔案清單不正確：{ $detail }
error-sync-invalid-content = 檔案「{ $file }」的內容不正確：{ $detail }
error-sync-timeout = 連線時間過長，已停止更新。
error-sync-busy = 正在更新中。請等待更新完成。
error-waste-no-area = 尚未選擇查詢垃圾收集日的地區。請在設定中選擇居住地區。
error-waste-send-not-taken = 該市政府不接收搜尋不到的詞。
error-waste-send-offline = 無法傳送詞語（無法連線到 { $host }）。詞語仍保存在這台裝置內。請稍後再試一次。
error-waste-send-refused = 市政府的伺服器沒有接收這些詞（{ $status }）。詞語仍保存在這台裝置內。請稍後再試一次。
error-unknown-locale = 不支援此語言：{ $locale }
error-unauthorized = 您沒有存取權限。請從 Machi 應用程式重新開啟此網頁。
error-form-invalid = 請修正填寫內容。{ $problems }
error-form-too-large = 這份申請書需要{ $parts }張QR碼，超過櫃檯可受理的{ $max }張。請縮短備註等較長的內容。
error-wait-bad-signature = 候位資訊的簽章不正確，因此不予顯示。
error-wait-untrusted-key = 無法確認候位資訊來自市政府，因此不予顯示。
error-wait-invalid = 無法讀取候位資訊：{ $detail }
error-wait-wrong-city = 這是其他地方政府的候位資訊（應為：{ $expected }，收到：{ $found }），因此不予顯示。
error-wait-offline = 無法取得候位資訊（網路錯誤：{ $detail }）。
error-wait-http-status = 無法取得候位資訊（伺服器錯誤：{ $status }）。
error-backend-unreachable = 無法連線到應用程式內部的服務。請重新啟動應用程式。

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = 目前市政府沒有實施健康點數制度。
error-points-no-rules = { $date }不在健康點數的實施期間內。
error-points-future-date = { $date }還沒到。請輸入今天以前的日期。
error-points-invalid-date = 無法將「{ $date }」解讀為日期。請以「年-月-日」格式輸入（例：2026-11-27）。
error-points-unknown-checkup = 「{ $kind }」不在市健康點數的健康檢查／篩檢項目中。
error-points-no-checkup-points = 依照{ $date }的規則，這項健康檢查／篩檢沒有點數。
error-steps-too-many = 一天走 { $steps } 步太多了（上限 { $max } 步）。請確認數字。
error-steps-import-missing-column = 這個 CSV 檔沒有「{ $column }」欄位。請選擇 Google Fit 的「Daily activity metrics.csv」。
error-steps-import-unreadable = 無法讀取檔案。請確認檔案沒有損毀，且檔案類型正確。
error-steps-import-not-apple-health = 這不是 Apple「健康」匯出的 export.xml。請將匯出的 ZIP 檔解壓縮，再選擇其中的 export.xml。
error-checkin-malformed = 這不是市政府活動報到用的QR碼，或是QR碼已損毀。
error-checkin-bad-signature = 這個QR碼已被竄改或是偽造的，無法記錄。
error-checkin-unknown-key = 這個QR碼的發行單位未經市政府認可，無法記錄。
error-checkin-wrong-city = 這個QR碼屬於其他縣市鄉鎮的活動。
error-checkin-not-yet-valid = 這個QR碼自{ $from }起才能使用。
error-checkin-expired = 這個QR碼已過期（有效期限至{ $until }）。
error-checkin-no-code = 圖片中找不到活動報到用的QR碼。請重新拍攝，讓整個QR碼清楚入鏡。
error-checkin-not-an-image = 無法讀取為圖片。請選擇 PNG 或 JPEG 格式的相片。
error-profile-not-found = 這台裝置上沒有名為「{ $name }」的人。
error-profile-exists = 「{ $name }」這個名稱已被使用。請改用其他名稱。
error-profile-invalid-name = 名稱請輸入 1 到 { $max } 個字。
error-profile-invalid-birth-date = 出生日期「{ $value }」請以「年-月-日」格式輸入（例：1985-04-12）。
error-profile-invalid-postal-code = 郵遞區號「{ $value }」請輸入 7 位數字（例：323-8686）。
error-profile-invalid-phone = 電話號碼「{ $value }」請輸入 10 位數以上的數字。
error-profile-invalid-text = 含有無法使用的字元（控制字元）：「{ $value }」

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = 這台裝置上儲存的市政資料已損毀，因此已用應用程式內建的資料重新建立。您的設定與個人紀錄維持不變。（損毀的檔案已保留為「{ $file }」。）
recovery-content-future = 這台裝置上的市政資料是由較新版本的 Machi 儲存的，因此已用應用程式內建的資料重新建立。您的設定與個人紀錄維持不變。（原本的檔案已保留為「{ $file }」。）
recovery-resident-damaged = 儲存您的設定與個人紀錄的檔案已損毀而無法讀取，因此以新的設定重新開始。損毀的檔案已保留為「{ $file }」。
recovery-resident-future = 您的設定與個人紀錄是由較新版本的 Machi 儲存的，此版本無法讀取，因此以新的設定重新開始。原本的檔案已保留為「{ $file }」，更新到新版本後即可使用。
recovery-title = 通知：資料已復原
