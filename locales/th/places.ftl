# Machi — สถานที่: ศูนย์อพยพ AED ห้องน้ำสาธารณะ และ Wi-Fi (ภาษาไทย) Same ids and variables as locales/ja/places.ftl.
# Numbers ($count) are numbers in the UI; every other variable is text.

## What to look for

places-kind-label = ต้องการหา
places-kind-shelter = ศูนย์อพยพ
places-kind-aed = เครื่อง AED
places-kind-toilet = ห้องน้ำสาธารณะ
places-kind-wifi = Wi-Fi ฟรี

## Hazards a shelter is designated for

places-hazard-label = ประเภทภัยพิบัติ
places-hazard-any = ภัยพิบัติทุกประเภท
places-hazard-flood = น้ำท่วม
places-hazard-landslide = ดินถล่ม
places-hazard-storm-surge = คลื่นพายุซัดฝั่ง
places-hazard-earthquake = แผ่นดินไหว
places-hazard-tsunami = สึนามิ
places-hazard-large-fire = ไฟไหม้ครั้งใหญ่
places-hazard-inland-flood = น้ำท่วมขังในเมือง
places-hazard-volcano = ภูเขาไฟระเบิด
places-open-only = แสดงเฉพาะศูนย์อพยพที่เปิดอยู่ตอนนี้

## Where to measure from

places-from-label = วัดระยะทางจาก
places-from-home = เขตที่ฉันอยู่ ({ $area })
places-from-home-unset = เขตที่ฉันอยู่ (ยังไม่ได้เลือก)
places-from-area = เขตอื่น
places-from-point = ละติจูดและลองจิจูด
places-area-label = เขต
places-lat-label = ละติจูด
places-lon-label = ลองจิจูด
places-point-hint = ใส่เป็นองศาทศนิยม เช่น ละติจูด 36.3147 ลองจิจูด 139.8003
places-error-lat-missing = กรุณาใส่ละติจูด
places-error-lat-invalid = กรุณาใส่ละติจูดเป็นตัวเลขตั้งแต่ -90 ถึง 90
places-error-lon-missing = กรุณาใส่ลองจิจูด
places-error-lon-invalid = กรุณาใส่ลองจิจูดเป็นตัวเลขตั้งแต่ -180 ถึง 180
places-search = ค้นหา

## Results

places-results-title = สถานที่ที่พบ
# The number of places found; announced to screen readers.
places-result-count = { $count } แห่ง เรียงจากใกล้ไปไกล
# Before the name of the area or the point the distances are measured from.
places-origin = ระยะทางวัดจาก:
places-none = ไม่มีสถานที่ที่ตรงกับเงื่อนไข
places-none-open = ตอนนี้ยังไม่มีศูนย์อพยพที่เปิด เมื่อเปิดแล้วจะแจ้งให้ทราบในประกาศ
places-from-city-centre = คุณยังไม่ได้เลือกเขตที่อยู่ จึงแสดงระยะทางจากศาลาว่าการเมือง (ใจกลาง{ $city })
places-set-home = เลือกเขตที่ฉันอยู่
places-status-open = เปิดแล้ว
places-status-closed = ยังไม่เปิด
places-distance = ระยะทาง
places-distance-m = { $metres } เมตร
places-distance-km = { $km } กิโลเมตร
places-direction = ทิศทาง
places-address = ที่อยู่
places-reading = คำอ่านภาษาญี่ปุ่น
places-capacity = รองรับได้
places-capacity-value = { $count } คน
places-hazards = ใช้ได้เมื่อเกิดภัยเหล่านี้
places-evacuation-centre = สามารถพักอาศัยที่นี่ได้ระยะหนึ่งด้วย (ศูนย์พักพิงที่กำหนด)
places-hours = เวลาที่ใช้ได้
places-phone = โทรศัพท์
places-ssid = ชื่อเครือข่าย (SSID)
places-detail = ตำแหน่งที่แน่นอน / พื้นที่ให้บริการ
places-coordinates = ละติจูด ลองจิจูด
places-open-in-maps = เปิดในแอปแผนที่
places-open-osm = ดูบน OpenStreetMap
places-opened-by = ประกาศที่เปิดศูนย์อพยพนี้
places-back = กลับไปที่รายการศูนย์อพยพและสถานที่
places-load-failed = โหลดสถานที่ไม่ได้ { $message }
places-offline = ไม่ใช้ภาพแผนที่ จึงค้นหาได้แม้ไม่มีอินเทอร์เน็ต

## Compass points (the direction to walk)

places-compass-n = ทิศเหนือ
places-compass-ne = ทิศตะวันออกเฉียงเหนือ
places-compass-e = ทิศตะวันออก
places-compass-se = ทิศตะวันออกเฉียงใต้
places-compass-s = ทิศใต้
places-compass-sw = ทิศตะวันตกเฉียงใต้
places-compass-w = ทิศตะวันตก
places-compass-nw = ทิศตะวันตกเฉียงเหนือ

## Used by the Rust core and `machi places` (plain text)

places-cli-from = เรียงจากใกล้ไปไกลจาก { $origin }:
places-cli-none = ไม่มีสถานที่ที่ตรงกับเงื่อนไข
