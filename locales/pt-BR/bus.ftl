# Machi — o ônibus (おーバス) em português do Brasil. Same ids and variables as locales/ja/bus.ftl.
# Numbers ($count, $minutes) are numbers in the UI; every other variable is text.

## Notices

bus-notices-title = Avisos do おーバス
bus-notices-none = Não há avisos agora.

## Finding a stop

bus-search-title = Procurar um ponto de ônibus
bus-search-label = Nome do ponto
bus-search-hint = Escreva em kanji, hiragana, katakana ou romaji, em outra língua, ou o número do ponto.
bus-stops-count = { $count ->
    [one] 1 ponto de ônibus
   *[other] { $count } pontos de ônibus
}
bus-stops-none = Nada encontrado. Tente escrever de outro jeito.
bus-stop-platforms = Plataformas { $platforms }
bus-stop-code = Nº { $code }
bus-platform = Plataforma { $platform }
bus-routes-title = Linhas
bus-offline = Os horários ficam guardados neste aparelho, por isso funcionam sem internet.

## Next departures

bus-back = Voltar para o おーバス
bus-departures-title = Próximos ônibus
bus-at-legend = Saindo em
bus-at-date = Data
bus-at-time = Hora
bus-at-submit = Ver ônibus a partir deste horário
bus-at-now = Usar a hora atual
bus-error-date = Informe a data.
bus-error-time = Informe a hora.
# $time is a date and time; $count a number.
bus-departures-count = { $count ->
    [one] 1 ônibus a partir de { $time }
   *[other] { $count } ônibus a partir de { $time }
}
bus-departures-none = Nenhum ônibus sai depois de { $time }.
bus-departure-time = Sai às
bus-bound-for = Destino
bus-route = Linha
bus-in-minutes = { $minutes ->
    [0] Saindo agora
    [one] em 1 minuto
   *[other] em { $minutes } minutos
}
bus-next-day = Dia seguinte
# The timetable's own clock for a bus after midnight, e.g. 25:10.
bus-service-time = { $time } na tabela de horários

## A line's timetable

bus-timetable-title = Horários
bus-timetable-date = Data
bus-timetable-show = Ver os horários deste dia
bus-timetable-none = Não há ônibus neste dia.
bus-timetable-trips = { $count ->
    [one] 1 ônibus
   *[other] { $count } ônibus
}
bus-trip-from = Sai às { $time }
bus-trip-stop = Ponto
bus-trip-time = Hora
bus-load-failed = Não foi possível carregar os horários. { $message }

## Used by the Rust core and `machi bus` (plain text)

bus-cli-departures = { $stop }, saídas a partir de { $at }:
bus-cli-minutes = em { $minutes } min
bus-cli-none = Nenhum ônibus sai depois deste horário.
bus-cli-stops-none = Nenhum ponto de ônibus encontrado.
