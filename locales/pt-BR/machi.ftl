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
error-not-found = Não foi possível encontrar { $what }.
error-invalid-input = Os dados informados não são válidos: { $detail }
error-storage = Não foi possível salvar os dados neste aparelho. Verifique o espaço livre.
error-sync-network = Não foi possível baixar os dados da cidade (erro de conexão: { $detail }).
error-sync-http-status = O servidor da prefeitura retornou um erro ({ $status }).
error-sync-too-large = { $what } é grande demais (limite: { $limit }).
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
error-unknown-locale = Este idioma não é suportado: { $locale }
error-unauthorized = Você não tem acesso. Abra esta página novamente pelo aplicativo Machi.
error-backend-unreachable = O aplicativo não consegue se comunicar com o próprio serviço. Reinicie o aplicativo.

## Start-up recovery (Home and Settings; also used by the Rust core)

recovery-content-damaged = Os dados da cidade salvos neste aparelho estavam danificados, por isso foram recriados a partir dos dados incluídos no aplicativo. Suas configurações e seus registros pessoais continuam como estavam. (O arquivo danificado foi guardado como “{ $file }”.)
recovery-content-future = Os dados da cidade neste aparelho foram salvos por uma versão mais recente do Machi, por isso foram recriados a partir dos dados incluídos no aplicativo. Suas configurações e seus registros pessoais continuam como estavam. (O arquivo original foi guardado como “{ $file }”.)
recovery-resident-damaged = O arquivo com suas configurações e seus registros pessoais estava danificado e não pôde ser lido, por isso o aplicativo foi iniciado com novas configurações. O arquivo danificado foi guardado como “{ $file }”.
recovery-resident-future = Suas configurações e seus registros pessoais foram salvos por uma versão mais recente do Machi e não podem ser lidos nesta versão. O aplicativo foi iniciado com novas configurações. O arquivo original foi guardado como “{ $file }” e poderá ser usado novamente depois que você atualizar o aplicativo para a versão nova.
recovery-title = Aviso: os dados foram recuperados
