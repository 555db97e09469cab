# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = 请填写此项。
form-error-too-long = 请输入{ $max }个字符以内。
form-error-characters = 窗口无法读取“{ $char }”，请改用其他字符。
form-error-kana-only = 请只用平假名或片假名填写（不能用“{ $char }”）。
form-error-name-characters = 姓名中不能包含“{ $char }”。
form-error-postal-code = 邮政编码为7位数字（例：323-8686）。
form-error-phone = 请确认电话号码（例：0285-22-1111）。
form-error-email = 请确认电子邮件地址。
form-error-date-format = 无法识别该日期（例：2025-04-01、令和7年4月1日、R7.4.1）。
form-error-date-not-real = 没有这一天。
form-error-date-era-ended = { $era }到{ $last_day }为止。是否为{ $suggestion }？
form-error-date-era-not-started = { $era }从{ $first_day }开始。是否为{ $suggestion }？
form-error-date-too-early = 不能使用{ $earliest }之前的日期。
form-error-date-in-future = 此日期不能晚于今天。
form-error-date-in-past = 此日期不能早于今天。
form-error-number = 请输入整数。
form-error-number-too-small = 请输入{ $min }以上。
form-error-number-too-large = 请输入{ $max }以下。
form-error-choice = 请从选项中选择。
form-error-members-too-few = 请至少填写{ $min }人。
form-error-members-too-many = 最多{ $max }人。
form-prefill-consent = 要用您的个人资料（姓名、出生日期、住址等）填写此表吗？数据只保存在本设备上，不会发送到任何地方。
form-codes-show = 请在窗口出示这些二维码（{ $count }个）。
wait-updated-at = 截至{ $time }的等候情况
wait-stale = 此信息是{ $minutes }分钟前的，可能与当前不同。
wait-offline = 当前未联网，显示的是最后收到的信息。
wait-unknown = 尚未收到等候信息。
wait-offline-empty = 无法获取等候时间。您似乎没有联网。

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label }（{ $field }）：{ $message }
form-problem-member = { $group } 第{ $row }人的{ $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = 已根据您的个人资料填写{ $count }项，请核对。
form-prefill-needs-consent = 由于您尚未同意，未读取个人资料。
form-prefill-no-profile = 此设备上还没有个人资料。
form-prefill-not-shared = 此个人资料设置为不用于申报。可以在个人资料的设置中更改。
form-prefill-nothing = 没有可以用个人资料填写的空白项。

## The forms list (#/forms)

forms-intro = 在家提前填写申报书和申请书，到窗口只需出示二维码即可办理。
forms-private = 您填写的内容只保存在此设备上，不会发送到任何地方。
forms-list-heading = 申报书和申请书
forms-official-label = 窗口使用的名称
forms-counter = 窗口：{ $counter }
forms-draft-saved-at = 有草稿（{ $time }保存）
forms-none = 还没有申报书。
forms-wait-link = 查看窗口等候情况
forms-list-failed = 无法加载申报书列表：{ $message }

## Filling in a form (#/forms/<id>)

form-load-failed = 无法打开申报书：{ $message }
form-required = 必填
form-date-hint = 例：2026-04-01、令和8年4月1日、R8.4.1
form-member-heading = 第{ $row }人
form-member-add = 添加人员
form-member-remove = 删除第{ $row }人
form-member-added = 已添加第{ $row }人。
form-member-removed = 已删除1人。
form-members-limit = 最多可以填写{ $max }人。
form-prefill-title = 用个人资料填写
form-prefill-button = 用我的个人资料填写
form-prefill-agree = 同意并填写
form-prefill-cancel = 取消
form-prefill-given = 您已同意在此申报书中使用个人资料。
form-prefill-withdraw = 撤回同意
form-prefill-withdrawn = 已撤回同意。已填写的内容会保留。
form-draft-saved = 草稿已保存（{ $time }）
form-draft-restored = 正在显示您上次填写的草稿。
form-draft-save-failed = 无法保存草稿：{ $message }
form-check-failed = 无法检查申报书：{ $message }
form-show-codes = 生成在窗口出示的二维码
form-has-problems = 有{ $count }处需要修改。
form-problems-heading = 需要修改的地方
form-problem-item = { $label }：{ $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = 在窗口出示的二维码
form-codes-position = { $index } / { $total }
form-codes-alt = { $form }的二维码（共{ $total }张中的第{ $index }张）
form-codes-next = 下一个二维码
form-codes-previous = 上一个二维码
form-codes-brightness = 把屏幕调亮，窗口更容易读取二维码。
form-codes-where = 提交窗口：{ $counter }
form-codes-save = 将此二维码保存为PNG
form-codes-save-all = 将全部二维码保存为PNG
form-codes-saved = 已保存{ $file }。
form-codes-print = 打印
form-codes-content = 此二维码包含的内容
form-codes-back = 返回填写页面
form-codes-done = 已提交：删除草稿
form-codes-failed = 无法生成二维码：{ $message }

## The counters' queues (#/forms/wait)

wait-title = 窗口等候情况
wait-intro = 打开此页面期间，大约每分钟更新一次。
wait-waiting = { $count }人等候
wait-minutes = 约{ $minutes }分钟
wait-waiting-label = 等候人数
wait-minutes-label = 等候时间
wait-refresh = 立即更新
wait-none = 没有等候情况的信息。
wait-failed = 无法获取等候情况：{ $message }
