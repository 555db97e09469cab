# 市公所的數位看板畫面（デジタルサイネージ，`machi web --kiosk`）。每張投影片以日文顯示，並附一行輪替的第二語言；
# 投影片由核心產生，其餘由畫面產生。

kiosk-alert = 警報與避難資訊
kiosk-notice = 通知
kiosk-queue = 櫃檯候位狀況
kiosk-queue-line = { $counter }　{ $waiting } 人等候中　約 { $minutes } 分鐘
kiosk-queue-updated = 截至 { $time }
kiosk-queue-stale = 此為{ $time }的資訊。更新已停止。
kiosk-queue-offline = 此為{ $time }的資訊。目前無法取得最新資訊。
kiosk-label = 市公所資訊看板
kiosk-clock = 現在時間
kiosk-position = { $index } / { $total }
kiosk-offline = 離線中（顯示先前的資訊）
kiosk-empty = 目前沒有通知。
