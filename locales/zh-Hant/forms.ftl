# 申請書（書かない窓口，免填單櫃檯）與櫃檯候位狀況（待たない窓口）。`form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = 請填寫此欄。
form-error-too-long = 請輸入 { $max } 個字以內。
form-error-characters = 櫃檯無法讀取「{ $char }」這個字。請改用其他字。
form-error-kana-only = 請以平假名或片假名輸入（不能使用「{ $char }」）。
form-error-name-characters = 姓名中不能使用「{ $char }」。
form-error-postal-code = 郵遞區號為 7 位數字（例：323-8686）。
form-error-phone = 請確認電話號碼（例：0285-22-1111）。
form-error-email = 請確認電子郵件地址。
form-error-date-format = 無法解讀為日期（例：2025-04-01、令和7年4月1日、R7.4.1）。
form-error-date-not-real = 沒有這一天。
form-error-date-era-ended = { $era }只到{ $last_day }為止。您是不是要輸入{ $suggestion }？
form-error-date-era-not-started = { $era }從{ $first_day }開始。您是不是要輸入{ $suggestion }？
form-error-date-too-early = 不能使用{ $earliest }以前的日期。
form-error-date-in-future = 不能輸入今天以後的日期。
form-error-date-in-past = 不能選擇今天以前的日期。
form-error-number = 請輸入數字。
form-error-number-too-small = 請輸入 { $min } 以上的數字。
form-error-number-too-large = 請輸入 { $max } 以下的數字。
form-error-choice = 請從選項中選擇。
form-error-members-too-few = 請至少輸入 { $min } 人。
form-error-members-too-many = 最多 { $max } 人。
form-prefill-consent = 要將個人資料（姓名、出生日期、地址等）填入這份申請書嗎？資料只在這台裝置內使用，不會傳送到任何地方。
form-codes-show = 請在櫃檯出示這些QR碼（共 { $count } 張）。
wait-updated-at = 截至 { $time } 的候位狀況
wait-stale = 這是 { $minutes } 分鐘前的資訊，可能與目前的等候時間不同。
wait-offline = 目前沒有連上網路。顯示最後收到的資訊。
wait-unknown = 尚未收到候位狀況。
wait-offline-empty = 無法取得候位狀況。似乎沒有連上網路。

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label }（{ $field }）：{ $message }
form-problem-member = { $group } 第 { $row } 人的{ $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = 已從個人資料填入 { $count } 個欄位。請確認內容。
form-prefill-needs-consent = 由於未取得您的同意，沒有讀取個人資料。
form-prefill-no-profile = 這台裝置上還沒有個人資料。
form-prefill-not-shared = 這份個人資料已設定為不用於申請書。可在個人資料的設定中變更。
form-prefill-nothing = 沒有可以從個人資料填入的空白欄位。

## The forms list (#/forms)

forms-intro = 先在家填好申報書或申請書，到櫃檯只要出示QR碼就能辦理手續。
forms-private = 填寫的內容只儲存在這台裝置內，不會傳送到任何地方。
forms-list-heading = 申報書與申請書
forms-official-label = 櫃檯使用的正式名稱
forms-counter = 櫃檯：{ $counter }
forms-draft-saved-at = 有草稿（{ $time }儲存）
forms-none = 目前還沒有申報書或申請書。
forms-wait-link = 查看櫃檯候位狀況
forms-list-failed = 無法載入申報書與申請書列表：{ $message }

## Filling in a form (#/forms/<id>)

form-load-failed = 無法開啟申請書：{ $message }
form-required = 必填
form-date-hint = 例：2026-04-01、令和8年4月1日、R8.4.1
form-member-heading = 第 { $row } 人
form-member-add = 新增一人
form-member-remove = 刪除第 { $row } 人
form-member-added = 已新增第 { $row } 人。
form-member-removed = 已刪除 1 人。
form-members-limit = 最多可輸入 { $max } 人。
form-prefill-title = 從個人資料填入
form-prefill-button = 從個人資料填入
form-prefill-agree = 同意並填入
form-prefill-cancel = 取消
form-prefill-given = 您已同意在這份申請書中使用個人資料。
form-prefill-withdraw = 撤回同意
form-prefill-withdrawn = 已撤回同意。已填入的內容會保留。
form-draft-saved = 草稿已儲存（{ $time }）
form-draft-restored = 目前顯示的是您上次填寫的草稿。
form-draft-save-failed = 無法儲存草稿：{ $message }
form-check-failed = 無法檢查填寫內容：{ $message }
form-show-codes = 產生要在櫃檯出示的QR碼
form-has-problems = 有 { $count } 處需要修正。
form-problems-heading = 需要修正的地方
form-problem-item = { $label }：{ $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = 在櫃檯出示的QR碼
form-codes-position = { $index } / { $total }
form-codes-alt = { $form }的QR碼（共 { $total } 張中的第 { $index } 張）
form-codes-next = 下一張
form-codes-previous = 上一張
form-codes-brightness = 將螢幕調亮，櫃檯會比較容易讀取。
form-codes-where = 提交櫃檯：{ $counter }
form-codes-save = 將這張QR碼存成 PNG
form-codes-save-all = 將所有QR碼存成 PNG
form-codes-saved = 已儲存 { $file }。
form-codes-print = 列印
form-codes-content = 這張QR碼包含的內容
form-codes-back = 回到填寫畫面
form-codes-done = 已提交完畢，刪除草稿
form-codes-failed = 無法產生QR碼：{ $message }

## The counters' queues (#/forms/wait)

wait-title = 櫃檯候位狀況
wait-intro = 開啟此畫面期間，約每 1 分鐘更新為最新資訊。
wait-waiting = { $count } 人等候中
wait-minutes = 約 { $minutes } 分鐘
wait-waiting-label = 等候人數
wait-minutes-label = 等候時間
wait-refresh = 立即更新
wait-none = 沒有候位狀況的資訊。
wait-failed = 無法取得候位狀況：{ $message }
