# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = Avisos
inbox-empty = Não há avisos.

## Status of a message

inbox-status-active = Ativo
inbox-status-updated = Atualizado
inbox-status-withdrawn = Cancelado
inbox-status-expired = Expirado
inbox-in-force = Em vigor
inbox-drill = Simulado
inbox-areas = Áreas

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [Simulado – { $category }] { $headline }
notification-withdrawn = Cancelado: { $headline }

## The list (UI)

inbox-filters = Filtrar avisos
inbox-search-label = Buscar por palavras
inbox-category-label = Categoria
inbox-category-all = Todas as categorias
inbox-show-all = Mostrar também avisos expirados, substituídos e cancelados
inbox-count = { $count ->
    [one] { $count } aviso
   *[other] { $count } avisos
}
inbox-no-results = Nenhum aviso corresponde à busca.
inbox-more = Mostrar mais (restam { $count })
inbox-unread = Não lido
inbox-pinned = Fixado
inbox-pin = Fixar
inbox-mark-read = Marcar como lido
inbox-mark-unread = Marcar como não lido
inbox-marked-read = Marcado como lido.
inbox-marked-unread = Marcado como não lido.
inbox-pin-done = Aviso fixado.
inbox-unpin-done = Aviso desafixado.
inbox-action-failed = Não foi possível fazer a alteração. { $message }
inbox-load-failed = Não foi possível carregar os avisos. { $message }
inbox-sent-label = Enviado

## Severity and kind (badges)

inbox-severity-extreme = Emergência
inbox-severity-severe = Alerta
inbox-severity-moderate = Atenção
inbox-severity-minor = Informação
inbox-type-update = Atualização

## One message (UI)

inbox-back = Voltar aos avisos
inbox-instruction = O que fazer
inbox-description = Detalhes
inbox-event = Tipo
inbox-sent = Enviado em
inbox-effective = Em vigor desde
inbox-onset = Início
inbox-expires = Válido até
inbox-whole-city = Toda a cidade
inbox-shown-in = Idioma exibido
inbox-not-in-your-language = Este aviso não está disponível em { $language }.
inbox-show-original = Ver o original
inbox-show-translation = Ver no meu idioma
inbox-withdrawn-title = Este aviso foi cancelado
inbox-withdrawn-at = Cancelado em
inbox-withdrawn-original = O aviso antes do cancelamento
inbox-superseded = Há uma versão mais recente deste aviso.
inbox-superseded-link = Ler a versão mais recente
inbox-web = Mais informações no site
inbox-opens-elsewhere = (abre no navegador)

## Home

inbox-alerts-title = Alertas em vigor
inbox-alerts-emergency = Emergência: proteja sua vida agora
inbox-unread-badge = { $count ->
    [one] { $count } não lido
   *[other] { $count } não lidos
}
