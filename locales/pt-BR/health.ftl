# Health points (健康ポイント): the progress view, the forms that earn points, the history, the counter code, how to
# earn, the family's profiles. The UI passes counts ($points, $steps, $days, $count …) as numbers, so they are shown
# grouped (8,000); the CLI passes them as text. Dates arrive formatted for the locale.

# The profile made on first use (also used by the Rust core). A neutral "me".
health-profile-default-name = Eu
health-back = Voltar aos pontos de saúde
health-file-none = Nenhum arquivo escolhido

## Whose points (one tap switches)

health-profiles-heading = Pontos de quem
health-showing = Mostrando: { $name }
health-profiles-hint = Se a família usa este aparelho, escolha a pessoa primeiro. Cada pessoa tem seus próprios pontos e registros.
health-profiles-manage = Adicionar pessoas, mudar nomes, dados pessoais
health-switched = Mostrando agora os registros de { $name }.

## The progress view

health-progress-heading = Pontos de { $name }
health-period = Período: { $period }
health-balance-unit = { $points ->
    [one] ponto
   *[other] pontos
}
health-tier-label = Nível atual
health-tier = Nível atual: { $tier }
health-tier-none = Nenhum nível alcançado ainda
health-to-next-tier = { $points ->
    [one] Falta { $points } ponto para { $tier }
   *[other] Faltam { $points } pontos para { $tier }
}
health-top-tier = Você alcançou o nível mais alto
health-draw-entries-label = Participações no sorteio
health-draw-entries = { $count ->
    [one] { $count } participação
   *[other] { $count } participações
}
health-streak-label = Dias seguidos de caminhada
health-streak = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
health-streak-goal = Bônus depois de { $goal } dias seguidos
health-today-steps-label = Passos hoje
health-today-steps = { $steps } passos
health-today-steps-none = Ainda não registrado
health-by-source = De onde vêm os pontos
health-source-steps = Passos
health-source-bonus = Bônus por dias seguidos
health-source-checkup = Exames de saúde e de câncer
health-source-checkin = Participação em eventos
health-points-value = { $points ->
    [one] { $points } ponto
   *[other] { $points } pontos
}
health-show-counter = Mostrar no balcão
health-how-to-earn = Como ganhar pontos

## Recording

health-record-heading = Registrar
health-record-for = Será registrado para { $name }.
health-refused = Não foi registrado. { $message }

health-steps-heading = Passos
health-steps-date = Data
health-steps-count = Passos
health-steps-hint = Se você digitar o mesmo dia de novo, os passos desse dia são trocados pelo novo número.
health-steps-save = Registrar passos
health-steps-recorded = { $steps } passos registrados em { $date } ({ $points } pontos).
health-steps-corrected = Os passos de { $date } foram corrigidos para { $steps } (o dia agora tem { $points } pontos).
health-steps-unchanged = Os passos de { $date } continuam { $steps } ({ $points } pontos).
health-bonus-earned = Você ganhou um bônus de { $points } pontos por dias seguidos.
health-bonus-lost = A sequência foi interrompida; o bônus de { $points } pontos foi retirado.
health-error-date-required = Digite uma data.
health-error-steps-number = Digite os passos como um número inteiro, 0 ou mais.

health-checkin-heading = Eventos (código QR)
health-checkin-hint = Escolha uma foto do código QR mostrado no evento ou cole o texto do código. Cada pessoa é registrada uma vez por evento.
health-checkin-paste = Texto do código (começa com MACHI-EVENT1.)
health-checkin-save = Registrar participação
health-checkin-image = Escolher uma foto ou imagem do código QR (PNG, JPEG)
health-checkin-camera = Ler com a câmera
health-checkin-camera-label = Imagem da câmera
health-checkin-camera-capture = Tirar foto e ler
health-checkin-camera-close = Fechar a câmera
health-checkin-camera-failed = Não foi possível usar a câmera. Escolha uma foto ou cole o texto do código.
health-checkin-reading = Verificando o código…
health-checkin-credited = Participação em “{ $event }” registrada: { $points } pontos ({ $name }).
health-checkin-already = A participação em “{ $event }” já foi registrada em { $date } ({ $name }). Nenhum ponto foi adicionado.
health-error-code-required = Cole o texto do código.

health-checkup-heading = Exames de saúde e de câncer
health-checkup-kind = Exame que você fez
health-checkup-choose = Escolha
health-checkup-option = { $kind } ({ $points } pontos)
health-checkup-date = Data do exame
health-checkup-save = Registrar o exame
health-checkup-recorded = { $kind } ({ $date }) registrado: { $points } pontos.
health-checkup-already = { $kind } já está registrado neste período ({ $date }). Nenhum ponto foi adicionado.
health-error-kind-required = Escolha o tipo de exame.

health-import-heading = Importar um arquivo de passos
health-import-hint = Escolha o “Daily activity metrics.csv” do Google Fit (do Google Takeout) ou o export.xml exportado do app Saúde da Apple. Dias já registrados são trocados pelos novos números.
health-import-file = Escolher arquivo
health-import-format = Tipo de arquivo
health-import-format-auto = Decidir automaticamente
health-import-format-google-fit = Google Fit (arquivo CSV)
health-import-format-apple-health = Saúde da Apple (export.xml)
health-import-save = Importar
health-import-reading = Importando…
health-import-done = { $days } dias lidos: { $recorded } novos, { $corrected } corrigidos, { $unchanged } sem mudança, { $skipped } fora do programa.
health-error-file-required = Escolha um arquivo.

## History

health-history-heading = Histórico
health-history-empty = Nada registrado ainda.
health-history-more = Mostrar mais (faltam { $count })
health-history-steps = { $steps } passos
health-history-steps-correction = Passos corrigidos: { $steps }
health-history-origin-google-fit = do Google Fit
health-history-origin-apple-health = do Saúde da Apple
health-history-checkup = Exame: { $kind }
health-history-checkin = Evento: { $event }
health-history-bonus = Bônus por { $days } dias seguidos
health-history-bonus-removed = Bônus por dias seguidos retirado
# $points is already signed (+8, −3).
health-history-points = { $points } pts

## The resident's data

health-data-heading = Salvar ou apagar os registros
health-data-hint = Os registros e os dados pessoais ficam só neste aparelho. Nunca são enviados à prefeitura nem a outro lugar.
health-export-json = Salvar em JSON
health-export-csv = Salvar em CSV
health-exported = { $file } foi salvo.
health-delete-all = Apagar todos os registros de { $name }
health-delete-confirm-heading = Apagar mesmo?
health-delete-confirm-body = O perfil, os dados pessoais e todos os registros de pontos de { $name } serão apagados. Isso não pode ser desfeito.
health-delete-confirm = Apagar
health-delete-cancel = Cancelar
health-deleted = { $name } e todos os { $count } registros foram apagados.

## Show at the counter (#/health/counter)

health-counter-title = Mostrar no balcão
health-counter-hint = Aumente o brilho da tela e mostre este código QR aos funcionários no balcão da prefeitura.
health-counter-parts = Há { $count } códigos QR. Mostre todos, um depois do outro.
health-counter-code-label = Código QR para o balcão ({ $part } de { $of })
health-counter-asof = Situação em { $date }
health-counter-total = Total de pontos
health-counter-verified-label = Participações em eventos que o balcão pode confirmar
health-counter-verified = { $count } vezes, { $points } pontos
health-counter-self-label = Informado por você (passos, bônus, exames)
health-counter-steps = { $days } dias, { $points } pontos

## How to earn (#/health/rules)

health-rules-title = Como ganhar pontos
health-rules-heading = Regras atuais
health-rules-valid = Estas regras valem de { $from } a { $to } (versão { $version }).
health-rules-steps = Passos: 1 ponto a cada { $steps } passos, até { $cap } pontos ({ $capsteps } passos) por dia.
health-rules-streak = Bônus: caminhe { $steps } passos ou mais por { $days } dias seguidos e ganhe { $points } pontos.
health-rules-checkin = Eventos: { $points } pontos cada vez que você ler o código QR de um evento (pode variar por evento).
health-rules-checkups = Exames de saúde e de câncer (cada tipo uma vez por período)
health-rules-tiers = Níveis e sorteio
health-rules-tier = { $tier }: { $points } pontos, { $entries } participações no sorteio
health-rules-next = Novas regras a partir de { $from } (versão { $version })

## The family's profiles (#/health/profiles)

health-profiles-title = Perfis da família
health-profiles-registered = Pessoas neste aparelho
health-profile-shown = mostrado agora
health-profile-rename = Mudar o nome
health-profile-renamed = Nome mudado para { $name }.
health-profile-add = Adicionar uma pessoa
health-profile-name = Nome (como vocês a chamam)
health-profile-added = { $name } foi adicionado.
health-error-name-required = Digite um nome.
health-details-heading = Dados pessoais de { $name }
health-details-hint = Usados para preencher formulários de pedido para você. Ficam só neste aparelho.
health-details-full-name = Nome completo
health-details-kana = Nome em katakana (furigana)
health-details-birth-date = Data de nascimento
health-details-postal-code = CEP japonês (ex.: 323-8686)
health-details-address = Endereço
health-details-phone = Telefone
health-details-consent = Permitir usar estes dados para preencher formulários de pedido
health-details-save = Salvar
health-details-saved = Salvo.
