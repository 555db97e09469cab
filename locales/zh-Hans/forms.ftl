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
