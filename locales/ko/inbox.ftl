# Machi — the inbox: city notices and CAP alerts (screens, the CLI and OS notifications). Same ids and variables as locales/ja/inbox.ftl.

## Screen

inbox-title = 알림
inbox-empty = 알림이 없습니다.

## Status of a message

inbox-status-active = 유효
inbox-status-updated = 갱신됨
inbox-status-withdrawn = 취소됨
inbox-status-expired = 만료됨
inbox-in-force = 발령 중
inbox-drill = 훈련
inbox-areas = 대상 지역

## OS notifications (plain text)

notification-title = [{ $category }] { $headline }
notification-title-drill = [훈련 · { $category }] { $headline }
notification-withdrawn = 취소됨: { $headline }

## The list (UI)

inbox-filters = 알림 필터
inbox-search-label = 단어로 검색
inbox-category-label = 종류
inbox-category-all = 모든 종류
inbox-show-all = 만료·갱신·취소된 알림도 표시
inbox-count = 알림 { $count }건
inbox-no-results = 조건에 맞는 알림이 없습니다.
inbox-more = 더 보기 (남은 { $count }건)
inbox-unread = 읽지 않음
inbox-pinned = 고정됨
inbox-pin = 고정
inbox-mark-read = 읽음으로 표시
inbox-mark-unread = 읽지 않음으로 표시
inbox-marked-read = 읽음으로 표시했습니다.
inbox-marked-unread = 읽지 않음으로 표시했습니다.
inbox-pin-done = 고정했습니다.
inbox-unpin-done = 고정을 해제했습니다.
inbox-action-failed = 변경하지 못했습니다. { $message }
inbox-load-failed = 알림을 불러오지 못했습니다. { $message }
inbox-sent-label = 발신

## Severity and kind (badges)

inbox-severity-extreme = 긴급
inbox-severity-severe = 경보
inbox-severity-moderate = 주의
inbox-severity-minor = 정보
inbox-type-update = 후속 알림

## One message (UI)

inbox-back = 알림 목록으로 돌아가기
inbox-instruction = 해야 할 일
inbox-description = 자세한 내용
inbox-event = 유형
inbox-sent = 발신 일시
inbox-effective = 발효 일시
inbox-onset = 시작 일시
inbox-expires = 유효 기한
inbox-whole-city = 시 전역
inbox-shown-in = 표시 언어
inbox-not-in-your-language = 이 알림은 다음 언어로 제공되지 않습니다: { $language }
inbox-show-original = 원문 보기
inbox-show-translation = 내 언어로 보기
inbox-withdrawn-title = 이 알림은 취소되었습니다
inbox-withdrawn-at = 취소 일시
inbox-withdrawn-original = 취소되기 전 내용
inbox-superseded = 이 알림의 새 버전이 있습니다.
inbox-superseded-link = 최신 내용 보기
inbox-web = 자세한 내용은 웹사이트에서
inbox-opens-elsewhere = (브라우저에서 열림)

## Home

inbox-alerts-title = 발령 중인 경보·대피 정보
inbox-alerts-emergency = 긴급: 생명을 지키기 위해 지금 행동하십시오
inbox-unread-badge = 읽지 않은 알림 { $count }건
