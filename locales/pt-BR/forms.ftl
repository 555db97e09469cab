# Forms (書かない窓口) and counter waiting times (待たない窓口). `form-error-<code>` follows
# machi_bundle::forms::FieldErrorCode::fluent_id; the variables are FieldError.args.

form-error-required = Preencha este campo.
form-error-too-long = Use no máximo { $max } caracteres.
form-error-characters = “{ $char }” não pode ser lido no balcão. Use outro caractere.
form-error-kana-only = Escreva só em hiragana ou katakana (não “{ $char }”).
form-error-name-characters = Um nome não pode conter “{ $char }”.
form-error-postal-code = O código postal tem 7 dígitos (ex.: 323-8686).
form-error-phone = Verifique o telefone (ex.: 0285-22-1111).
form-error-email = Verifique o e-mail.
form-error-date-format = Data não reconhecida (ex.: 2025-04-01, 令和7年4月1日, R7.4.1).
form-error-date-not-real = Esse dia não existe.
form-error-date-era-ended = A era { $era } terminou em { $last_day }. Quis dizer { $suggestion }?
form-error-date-era-not-started = A era { $era } começou em { $first_day }. Quis dizer { $suggestion }?
form-error-date-too-early = Datas anteriores a { $earliest } não podem ser usadas.
form-error-date-in-future = Esta data não pode estar no futuro.
form-error-date-in-past = Esta data não pode estar no passado.
form-error-number = Digite um número inteiro.
form-error-number-too-small = Digite pelo menos { $min }.
form-error-number-too-large = Digite no máximo { $max }.
form-error-choice = Escolha uma das opções.
form-error-members-too-few = Adicione pelo menos { $min } pessoas.
form-error-members-too-many = No máximo { $max } pessoas.
form-prefill-consent = Preencher este formulário com o seu perfil (nome, data de nascimento, endereço…)? Os dados ficam neste aparelho e não são enviados.
form-codes-show = Mostre estes códigos no balcão ({ $count }).
wait-updated-at = Tempo de espera às { $time }
wait-stale = Esta informação tem { $minutes } minutos e pode não corresponder à espera atual.
wait-offline = Você está sem conexão. Mostrando os últimos tempos recebidos.
