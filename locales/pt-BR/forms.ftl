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
wait-unknown = Ainda não chegaram informações sobre a espera.
wait-offline-empty = Não é possível receber os tempos de espera. Parece que você está sem internet.

## How a problem is named in `form.invalid` (core): the field in the resident's language, its key, the message.

form-problem = { $label } ({ $field }): { $message }
form-problem-member = { $group }, pessoa { $row }: { $field }

## Filling from the profile (core; $count arrives as text, so no plural variants)

form-prefill-filled = Campos preenchidos com o seu perfil: { $count }. Confira, por favor.
form-prefill-needs-consent = Seu perfil não foi lido, porque você não concordou.
form-prefill-no-profile = Ainda não há nenhum perfil neste aparelho.
form-prefill-not-shared = Este perfil está configurado para não ser usado em formulários. Você pode mudar isso nas configurações do perfil.
form-prefill-nothing = Não havia campos vazios que o seu perfil pudesse preencher.

## The forms list (#/forms)

forms-intro = Preencha notificações e requerimentos em casa; no balcão, basta mostrar um código QR.
forms-private = O que você digita fica só neste aparelho e nunca é enviado a lugar nenhum.
forms-list-heading = Notificações e requerimentos
forms-official-label = Nome no balcão
forms-counter = Balcão: { $counter }
forms-draft-saved-at = Rascunho salvo em { $time }
forms-none = Ainda não há formulários.
forms-wait-link = Ver o tempo de espera nos balcões
forms-list-failed = Não foi possível carregar a lista de formulários: { $message }

## Filling in a form (#/forms/<id>)

form-load-failed = Não foi possível abrir o formulário: { $message }
form-required = obrigatório
form-date-hint = Por exemplo 2026-04-01, 令和8年4月1日 ou R8.4.1
form-member-heading = Pessoa { $row }
form-member-add = Adicionar uma pessoa
form-member-remove = Remover a pessoa { $row }
form-member-added = Pessoa { $row } adicionada.
form-member-removed = Uma pessoa foi removida.
form-members-limit = Você pode incluir até { $max } pessoas.
form-prefill-title = Preencher com o seu perfil
form-prefill-button = Preencher com o meu perfil
form-prefill-agree = Concordo, preencher
form-prefill-cancel = Cancelar
form-prefill-given = Você concordou em usar o seu perfil neste formulário.
form-prefill-withdraw = Retirar minha concordância
form-prefill-withdrawn = Concordância retirada. O que já foi preenchido continua.
form-draft-saved = Rascunho salvo ({ $time })
form-draft-restored = Mostrando o rascunho que você preencheu da última vez.
form-draft-save-failed = Não foi possível salvar o rascunho: { $message }
form-check-failed = Não foi possível verificar o formulário: { $message }
form-show-codes = Gerar os códigos QR para o balcão
form-has-problems = { $count ->
    [one] 1 item precisa ser corrigido.
   *[other] { $count } itens precisam ser corrigidos.
}
form-problems-heading = Para corrigir
form-problem-item = { $label }: { $message }

## Showing the codes at the counter (#/forms/<id>/qr)

form-codes-title = Códigos QR para o balcão
form-codes-position = { $index } / { $total }
form-codes-alt = Código QR { $index } de { $total } de { $form }
form-codes-next = Próximo código
form-codes-previous = Código anterior
form-codes-brightness = Aumente o brilho da tela: assim o balcão lê o código com mais facilidade.
form-codes-where = Entregar em: { $counter }
form-codes-save = Salvar este código em PNG
form-codes-save-all = Salvar todos os códigos em PNG
form-codes-saved = { $file } salvo.
form-codes-print = Imprimir
form-codes-content = O que este código contém
form-codes-back = Voltar ao formulário
form-codes-done = Já entreguei: apagar o rascunho
form-codes-failed = Não foi possível gerar os códigos QR: { $message }

## The counters' queues (#/forms/wait)

wait-title = Tempo de espera nos balcões
wait-intro = Enquanto esta tela estiver aberta, ela se atualiza mais ou menos a cada minuto.
wait-waiting = { $count ->
    [one] 1 pessoa esperando
   *[other] { $count } pessoas esperando
}
wait-minutes = cerca de { $minutes } min
wait-waiting-label = Esperando
wait-minutes-label = Espera
wait-refresh = Atualizar agora
wait-none = Não há informações sobre o tempo de espera.
wait-failed = Não foi possível obter o tempo de espera: { $message }
