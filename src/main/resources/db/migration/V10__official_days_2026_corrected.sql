-- The official schedule of 2026 as the Government finally set it. After the schedule first
-- entered (Tết and National Day agreed by the Prime Minister, Văn phòng Chính phủ, 13/10/2025),
-- two bridges were added by swapping a working day for a Saturday:
--   * New Year: Friday 02/01/2026 off, worked on Saturday 10/01/2026 (văn bản số 12729/VPCP-KGVX
--     ngày 25/12/2025), so 01/01 to 04/01 off;
--   * National Day: Monday 31/08/2026 off, worked on Saturday 22/08/2026, with the day before 2/9
--     (Tuesday 01/09) as the second day of the Labour Code, so 29/08 to 02/09 off.
DELETE FROM official_day
WHERE the_date IN (DATE '2026-01-02', DATE '2026-01-10', DATE '2026-08-22', DATE '2026-08-31', DATE '2026-09-01');

INSERT INTO official_day (the_date, day_off, name, source) VALUES
 (DATE '2026-01-02', TRUE, 'Nghỉ hoán đổi dịp Tết Dương lịch', 'Văn bản số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ'),
 (DATE '2026-01-10', FALSE, 'Làm bù cho ngày 02/01', 'Văn bản số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ'),
 (DATE '2026-08-22', FALSE, 'Làm bù cho ngày 31/8', 'Thủ tướng Chính phủ đồng ý phương án nghỉ lễ Quốc khánh 2026 (Văn phòng Chính phủ, 13/10/2025)'),
 (DATE '2026-08-31', TRUE, 'Nghỉ hoán đổi dịp Quốc khánh', 'Thủ tướng Chính phủ đồng ý phương án nghỉ lễ Quốc khánh 2026 (Văn phòng Chính phủ, 13/10/2025)'),
 (DATE '2026-09-01', TRUE, 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019, Điều 112; Thủ tướng Chính phủ đồng ý (Văn phòng Chính phủ, 13/10/2025)');

UPDATE official_day SET source = 'Thủ tướng Chính phủ đồng ý phương án nghỉ Tết Âm lịch 2026 (Văn phòng Chính phủ, 13/10/2025)'
WHERE the_date BETWEEN DATE '2026-02-16' AND DATE '2026-02-20';
