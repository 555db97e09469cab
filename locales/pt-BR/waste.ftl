# Machi — waste sorting and collection days in Brazilian Portuguese (pt-BR). Same ids and variables as locales/ja/waste.ftl.

## Reminders (OS notifications, plain text)

waste-reminder-evening = Amanhã é dia de coleta de “{ $category }”
waste-reminder-morning = Hoje é dia de coleta de “{ $category }”
waste-reminder-body = Coloque o lixo no ponto de coleta indicado até as 8h da manhã.

## Days and dates

waste-weekday-0 = Segunda-feira
waste-weekday-1 = Terça-feira
waste-weekday-2 = Quarta-feira
waste-weekday-3 = Quinta-feira
waste-weekday-4 = Sexta-feira
waste-weekday-5 = Sábado
waste-weekday-6 = Domingo
waste-weekday-short-0 = Seg
waste-weekday-short-1 = Ter
waste-weekday-short-2 = Qua
waste-weekday-short-3 = Qui
waste-weekday-short-4 = Sex
waste-weekday-short-5 = Sáb
waste-weekday-short-6 = Dom
# A date in the command line's output: Seg, 2026-11-30.
waste-date = { $weekday }, { $date }
waste-day-today = Hoje
waste-day-tomorrow = Amanhã
waste-day-in = daqui a { $days } dias

## Which bin: the search

waste-search-title = Como separar
waste-search-label = O que você quer jogar fora?
waste-search-hint = Você pode buscar no seu idioma ou em japonês: kanji, hiragana, katakana ou romaji.
# Announced to screen readers as the resident types.
waste-results-count = { $count ->
    [one] { $count } item encontrado
   *[other] { $count } itens encontrados
}
waste-no-results = Nada encontrado para “{ $query }”. Tente buscar com outra palavra.
waste-search-failed = Não foi possível fazer a busca. { $message }
waste-item-category = Categoria
waste-next-day = Próxima coleta
waste-how = Como descartar
waste-notes = Atenção
# Shown before the word that found the item when it is not the item's name (another word, another language).
waste-matched = Encontrado pela palavra

## When: the next collections

waste-next-title = Próximos dias de coleta
# The command line's heading: Próximos dias de coleta em Mamada (a partir de Seg, 2026-11-30).
waste-next-heading = Próximos dias de coleta em { $area } (a partir de { $date })
waste-next-none = Nenhum dia de coleta foi encontrado.
waste-next-failed = Não foi possível carregar os dias de coleta. { $message }
waste-no-area = Escolha a região onde você mora para ver os próximos dias de coleta e o calendário.
waste-area-label = Região onde você mora
waste-area-choose = Escolha uma região
waste-area-save = Usar esta região
waste-area-saved = Região salva.
waste-area-settings = Escolher em Configurações
waste-area-change = Mudar de região
waste-area-unknown = Não existe a região “{ $area }”. As regiões são: { $areas }

## The month

waste-month-title = Calendário do mês
waste-month-heading = { $area } { $month }
waste-month-prev = Mês anterior
waste-month-next = Próximo mês
waste-month-failed = Não foi possível carregar o calendário. { $message }
waste-closed = Sem coleta
waste-holiday = Feriado
waste-today = Hoje

## Reminders (settings on the waste screen)

waste-reminders-title = Lembretes dos dias de coleta
waste-reminders-hint = Uma notificação avisa qual lixo deve ser colocado para fora, na noite anterior (e, se você quiser, também na manhã do dia).
waste-reminders-no-area = Os lembretes começam quando você escolher a região onde mora.
waste-reminders-evening = Avisar na noite anterior
waste-reminders-evening-time = Horário do lembrete da noite
waste-reminders-morning = Avisar também na manhã do dia
waste-reminders-morning-time = Horário do lembrete da manhã
waste-reminders-morning-hint = O lixo deve ser colocado para fora até as 8h da manhã, então escolha um horário antes das 8h.
waste-reminders-categories = Tipos de lixo para lembrar
waste-reminders-need-one = Escolha pelo menos um tipo de lixo. Para parar os lembretes, desligue tanto o lembrete da noite quanto o da manhã.
waste-saved = Salvo.
waste-save-failed = Não foi possível salvar. { $message }

## The calendar file

waste-ics-title = Adicionar ao meu calendário
waste-ics-hint = Adicione os dias de coleta dos próximos 13 meses ao calendário do seu celular ou computador, já com os horários dos seus lembretes.
waste-ics-button = Salvar o arquivo de calendário (.ics)
waste-ics-saved = Arquivo { $file } salvo.
waste-ics-failed = Não foi possível criar o arquivo de calendário. { $message }

## Words that found nothing

waste-missing-title = Palavras sem resultado
waste-missing-hint = Palavras que você buscou e que não tiveram resultado. Só as palavras ficam guardadas, e apenas neste aparelho.
waste-missing-empty = Não há palavras sem resultado.
waste-missing-line = { $text } ({ $count ->
    [one] { $count } vez
   *[other] { $count } vezes
})
waste-missing-count = { $count ->
    [one] { $count } vez
   *[other] { $count } vezes
}
waste-missing-clear = Apagar tudo
waste-missing-cleared = As palavras sem resultado foram apagadas.
waste-missing-refresh = Atualizar
waste-missing-shown = { $count ->
    [one] { $count } palavra sem resultado
   *[other] { $count } palavras sem resultado
}
waste-missing-line-sent = { $text } ({ $count ->
    [one] { $count } vez
   *[other] { $count } vezes
}, enviada à prefeitura)
waste-missing-sent-mark = Enviada à prefeitura
waste-missing-send = Enviar à prefeitura
waste-missing-send-hint = A prefeitura reúne as palavras que o dicionário de lixo ainda não conhece e as acrescenta a ele. Só são enviadas as palavras e quantas vezes foram buscadas, nada sobre você. Destino: { $host }
waste-missing-send-nothing = Não há palavras pendentes de envio.
waste-missing-sent = { $count ->
    [0] Não havia palavras pendentes de envio.
    [one] { $count } palavra foi enviada à prefeitura ({ $host }). Obrigado.
   *[other] { $count } palavras foram enviadas à prefeitura ({ $host }). Obrigado.
}
waste-missing-send-hint-cli = A prefeitura recebe as palavras sem resultado ({ $host }). Para enviá-las, execute: machi waste missing --send
