# Machi — Português (Brasil) (pt-BR). Same ids and variables as locales/ja/machi.ftl.

locale-name = Português (Brasil)
app-name = Machi

## Shell

skip-to-content = Pular para o conteúdo principal
nav-main = Menu principal
nav-home = Início
nav-settings = Configurações
page-title = { $screen } | { $app }
loading = Carregando…
back-to-home = Voltar ao início
retry = Tentar novamente
start-failed-title = Não foi possível iniciar o aplicativo

## やさしい日本語 switch

easy-japanese-switch = やさしい にほんご
easy-japanese-switch-hint = Mostrar o aplicativo em japonês fácil, com menos kanji
easy-japanese-leave = Voltar para { $language }

## Home

home-title = Início
home-intro = Informações do dia a dia para quem mora em { $city }.
home-features = O que você pode fazer
feature-inbox = Avisos
feature-inbox-desc = Notícias e informações de emergência da prefeitura
feature-waste = Separação do lixo
feature-waste-desc = Como separar o lixo e os dias de coleta
feature-health = Pontos de saúde
feature-health-desc = Ganhe pontos caminhando e participando de atividades
feature-places = Abrigos e locais
feature-places-desc = Abrigos, desfibriladores (AED), banheiros e Wi-Fi próximos
feature-bus = Ônibus da cidade (おーバス)
feature-bus-desc = Horários dos ônibus que circulam pela cidade
feature-forms = Requerimentos e QR
feature-forms-desc = Preencha formulários em casa e mostre um código QR no balcão

## Screens that are not built yet

coming-soon-title = Em breve
coming-soon-body = Esta função estará disponível em uma próxima atualização. Obrigado pela paciência.
not-found-title = Página não encontrada
not-found-body = Esta página não existe. Escolha novamente a partir do Início.

## Settings

settings-title = Configurações
settings-language = Idioma
settings-language-hint = Os textos do aplicativo aparecem neste idioma.
settings-easy-japanese-title = Japonês fácil (やさしい日本語)
settings-easy-japanese-body = Um japonês simples e mais fácil de ler, para quem está aprendendo japonês, crianças e idosos. Qualquer pessoa pode escolher, seja qual for o seu idioma.
settings-second-language = Segundo idioma
settings-second-language-hint = Quando um aviso não estiver disponível no seu idioma, ele será mostrado neste idioma.
settings-display = Visualização
settings-font-size = Tamanho do texto
font-size-normal = Normal
font-size-large = Grande
font-size-xlarge = Muito grande
settings-high-contrast = Alto contraste (cores mais fortes)
settings-furigana = Mostrar furigana (leitura acima dos kanji)
settings-furigana-hint = Mostra em kana pequeno, acima dos kanji japoneses, como eles são lidos.
settings-home-area = Região onde você mora
settings-home-area-hint = Os dias de coleta e os abrigos próximos são mostrados para esta região.
settings-home-area-none = Não selecionada
settings-notifications = Notificações
settings-notifications-hint = Escolha os tipos de aviso que você quer receber.
notify-disaster = Desastres e evacuação
notify-weather = Alertas meteorológicos
notify-crime = Prevenção de crimes
notify-child-safety = Segurança das crianças
notify-traffic = Trânsito e vias
notify-bus = Ônibus
notify-business = Para empresas
notify-events = Eventos
notify-city = Notícias da prefeitura
settings-quiet-hours = Horário sem notificações
settings-quiet-hours-hint = Neste horário, você só receberá notificações de informações urgentes em que há risco à vida.
settings-quiet-hours-on = Usar o horário sem notificações
settings-quiet-from = Início
settings-quiet-to = Fim
settings-start-at-login = Abrir o Machi ao ligar o computador (as notificações chegam mesmo com a janela fechada)
notifications-no-service = Este computador não tem um serviço para exibir notificações, por isso elas não aparecem. Você pode ver os avisos dentro do aplicativo.
notifications-browser = O navegador não recebe notificações. Para recebê-las, use o aplicativo Machi.
tray-open = Abrir o Machi
tray-quit = Sair
settings-saved = Configurações salvas.
settings-save-failed = Não foi possível salvar as configurações. { $message }

## City data

settings-data = Dados da cidade
data-version = Versão dos dados
data-source = Origem
data-source-embedded = Incluídos no aplicativo
data-source-feed = Baixados da prefeitura
data-generated = Criados em
data-last-success = Última atualização
data-never = Ainda não
data-last-error = Erro na última atualização
data-app-version = Versão do aplicativo
data-update-now = Atualizar agora
data-updating = Atualizando…
data-offline-built-in = Não foi possível conectar ao servidor da prefeitura, por isso o aplicativo está mostrando os dados da cidade incluídos nele (criados em { $date }). Os dados serão atualizados automaticamente quando a conexão voltar.
data-offline-held = Não foi possível conectar ao servidor da prefeitura, por isso o aplicativo está mostrando os dados da cidade atualizados em { $date }. Os dados serão atualizados automaticamente quando a conexão voltar.
data-source-built-in-unpublished = Incluídos no aplicativo (dados ainda não publicados)
data-update-failed = A atualização falhou. { $message }

## Sync results

sync-up-to-date = Os dados da cidade estão atualizados.
sync-updated = Os dados da cidade foram atualizados para a versão { $version }.

## Errors

error-internal = Algo deu errado. Tente novamente mais tarde.
error-not-found = { $what ->
    [message] Este aviso não está mais disponível: pode ter sido cancelado ou expirado.
    [area] Não existe a região “{ $id }”.
    [place] Não existe o local “{ $id }”.
    [stop] Não existe o ponto de ônibus “{ $id }”.
    [route] Não existe a linha de ônibus “{ $id }”.
    [form] Não existe o formulário “{ $id }”.
    [draft] Não há rascunho salvo deste formulário.
    [operation] Esta versão do Machi não faz isso. Atualize o aplicativo. ({ $id })
   *[city_data] Faltam dados da prefeitura. Atualize os dados.
}
error-invalid-input = { $expected ->
    [date] “{ $value }” não pode ser lido como data. Escreva, por exemplo, 2026-12-01.
    [datetime] “{ $value }” não pode ser lido como data e hora. Escreva, por exemplo, 2026-12-01 08:30.
    [month] “{ $value }” não pode ser lido como ano e mês. Use o ano 2000–2099 e o mês 1–12.
    [latitude] A latitude “{ $value }” deve estar entre -90 e 90.
    [longitude] A longitude “{ $value }” deve estar entre -180 e 180.
   *[other] Os dados informados não são válidos: { $detail }
}
error-storage = Não foi possível salvar os dados neste aparelho. Verifique o espaço livre.
error-sync-network = Não foi possível baixar os dados da cidade (erro de conexão: { $detail }).
error-sync-http-status = O servidor da prefeitura retornou um erro ({ $status }).
error-sync-too-large = { $what ->
    [bundle] Os dados da prefeitura passam do limite deste app ({ $limit }) e não foram baixados.
   *[file] Um arquivo dos dados da prefeitura passa do limite deste app ({ $limit }) e não foi baixado.
}
error-sync-bad-signature = Os dados da cidade não foram atualizados porque a assinatura não é válida.
error-sync-untrusted-key = Os dados da cidade não foram atualizados porque foram assinados com uma chave não confiável.
error-sync-wrong-city = Estes dados são de outro município (esperado: { $expected }, recebido: { $found }).
error-sync-rollback = Os dados não foram atualizados porque são mais antigos que os atuais (atual: { $held }, recebido: { $offered }).
error-sync-hash-mismatch = O arquivo { $file } está danificado, por isso os dados não foram atualizados.
error-sync-invalid-manifest = A lista de arquivos dos dados da cidade não é válida: { $detail }
error-sync-invalid-content = O arquivo { $file } não é válido: { $detail }
error-sync-timeout = A atualização foi interrompida porque a conexão demorou demais.
error-sync-busy = Já existe uma atualização em andamento. Aguarde até que ela termine.
error-waste-no-area = Nenhum bairro foi escolhido para o calendário de coleta. Escolha em Configurações o bairro onde você mora.
error-waste-send-not-taken = Esta prefeitura não recebe as palavras sem resultado.
error-waste-send-offline = Não foi possível enviar as palavras (sem conexão com { $host }). Elas continuam neste aparelho. Tente novamente mais tarde.
error-waste-send-refused = O servidor da prefeitura não aceitou as palavras ({ $status }). Elas continuam neste aparelho. Tente novamente mais tarde.
error-unknown-locale = Este idioma não é suportado: { $locale }
error-unauthorized = Você não tem acesso. Abra esta página novamente pelo aplicativo Machi.
error-form-invalid = Corrija o formulário, por favor. { $problems }
error-form-too-large = Este formulário precisaria de { $parts } códigos QR, mais do que os { $max } que o balcão aceita. Encurte as observações ou outros campos longos.
error-wait-bad-signature = Os tempos de espera não foram mostrados porque a assinatura não é válida.
error-wait-untrusted-key = Os tempos de espera não foram mostrados porque não foi possível confirmar que são da prefeitura.
error-wait-invalid = Não foi possível ler os tempos de espera: { $detail }
error-wait-wrong-city = Estes tempos de espera são de outro município (esperado { $expected }, recebido { $found }) e não foram mostrados.
error-wait-offline = Não foi possível obter os tempos de espera (erro de rede: { $detail }).
error-wait-http-status = Não foi possível obter os tempos de espera (erro do servidor { $status }).
error-backend-unreachable = O aplicativo não consegue se comunicar com o próprio serviço. Reinicie o aplicativo.

## Health points errors (ids used by the Rust core; keep ids and variables stable)

error-points-no-scheme = No momento a cidade não tem um programa de pontos de saúde.
error-points-no-rules = { $date } não está em um período dos pontos de saúde.
error-points-future-date = { $date } ainda não chegou. Digite uma data até hoje.
error-points-invalid-date = “{ $date }” não é uma data. Escreva como ano-mês-dia (por exemplo 2026-11-27).
error-points-unknown-checkup = “{ $kind }” não é um dos exames dos pontos de saúde da cidade.
error-points-no-checkup-points = Este exame não dá pontos pelas regras de { $date }.
error-steps-too-many = { $steps } passos em um dia é demais (o máximo é { $max }). Confira o número.
error-steps-import-missing-column = Este CSV não tem a coluna “{ $column }”. Escolha o “Daily activity metrics.csv” do Google Fit.
error-steps-import-unreadable = Não foi possível ler o arquivo. Confira se ele não está danificado e se é o tipo certo de arquivo.
error-steps-import-not-apple-health = Este não é o export.xml do Saúde da Apple. Descompacte o arquivo exportado e escolha o export.xml que está dentro.
error-checkin-malformed = Este não é um código QR de evento da cidade, ou o código está danificado.
error-checkin-bad-signature = Este código foi alterado ou é falso. Não pode ser registrado.
error-checkin-unknown-key = Este código não foi emitido por alguém em quem a cidade confia. Não pode ser registrado.
error-checkin-wrong-city = Este código é de um evento de outra cidade.
error-checkin-not-yet-valid = Este código pode ser usado a partir de { $from }.
error-checkin-expired = Este código venceu (valia até { $until }).
error-checkin-no-code = Nenhum código QR de evento foi encontrado na imagem. Tire a foto de novo com o código inteiro bem visível.
error-checkin-not-an-image = Não foi possível ler o arquivo como imagem. Escolha uma foto PNG ou JPEG.
error-profile-not-found = Não há ninguém chamado “{ $name }” neste aparelho.
error-profile-exists = O nome “{ $name }” já está em uso. Escolha outro nome.
error-profile-invalid-name = O nome deve ter de 1 a { $max } caracteres.
error-profile-invalid-birth-date = Escreva a data de nascimento “{ $value }” como ano-mês-dia (por exemplo 1985-04-12).
error-profile-invalid-postal-code = Escreva o CEP “{ $value }” com sete algarismos (por exemplo 323-8686).
error-profile-invalid-phone = Escreva o telefone “{ $value }” com pelo menos dez algarismos.
error-profile-invalid-text = O texto tem caracteres que não podem ser usados (caracteres de controle): “{ $value }”

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = Os dados da cidade salvos neste aparelho estavam danificados, por isso foram recriados a partir dos dados incluídos no aplicativo. Suas configurações e seus registros pessoais continuam como estavam. (O arquivo danificado foi guardado como “{ $file }”.)
recovery-content-future = Os dados da cidade neste aparelho foram salvos por uma versão mais recente do Machi, por isso foram recriados a partir dos dados incluídos no aplicativo. Suas configurações e seus registros pessoais continuam como estavam. (O arquivo original foi guardado como “{ $file }”.)
recovery-resident-damaged = O arquivo com suas configurações e seus registros pessoais estava danificado e não pôde ser lido, por isso o aplicativo foi iniciado com novas configurações. O arquivo danificado foi guardado como “{ $file }”.
recovery-resident-future = Suas configurações e seus registros pessoais foram salvos por uma versão mais recente do Machi e não podem ser lidos nesta versão. O aplicativo foi iniciado com novas configurações. O arquivo original foi guardado como “{ $file }” e poderá ser usado novamente depois que você atualizar o aplicativo para a versão nova.
recovery-title = Aviso: os dados foram recuperados
