-- The transfer rules shipped with the release, for the 72 cities Clearlot knows (docs/transfer-rules.md says how
-- they were compiled). Rules start on 2016-06-01, the date the national lifting of local relocation limits outside
-- the air-pollution key regions took effect; earlier dates are not answered. basis = 'PUBLISHED': the cited document
-- states the rule; 'DERIVED': it follows from a cited classification, the local notice itself is not on file.
-- Admins add and supersede rules in the app (/admin/transfer-rules); those become new versions, not edits.

CREATE TEMPORARY TABLE shipped_rule (
    kind VARCHAR(30), jurisdiction VARCHAR(40), version INTEGER, effective_from DATE, min_standard VARCHAR(20),
    quota_ice VARCHAR(20), quota_hev VARCHAR(20), quota_phev VARCHAR(20), quota_bev VARCHAR(20),
    basis VARCHAR(20), source TEXT, note TEXT) ON COMMIT DROP;

-- National rules.
INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, min_standard, basis, source, note) VALUES
('TRADABILITY', 'CN', 1, DATE '2016-06-01', NULL, 'PUBLISHED',
 'GB/T 30323-2013 Technical specification for appraisal and evaluation of used vehicles, table 1: the eight tradability checks (in force since 2014).',
 'Registration also needs settled traffic violations, a valid periodic inspection and compulsory traffic insurance, and a released mortgage.'),
('INBOUND_EMISSION', 'CN', 1, DATE '2016-06-01', 'CN3', 'PUBLISHED',
 'General Office of the State Council, Opinions on Facilitating Used-Car Trading (国办发〔2016〕13号, March 2016): outside the national air-pollution key regions no locality may limit the inbound registration of used cars that meet the national emission standards; existing limits were to be lifted by the end of May 2016.',
 'Applies to every city without a rule of its own. China III is the oldest standard Clearlot lists.'),
('NATIONAL_NO_REFUSAL', 'CN', 1, DATE '2022-08-01', 'CN5', 'PUBLISHED',
 'State Council executive meeting of 2022-06-22; Ministry of Commerce and 16 departments, Notice on Several Measures to Activate Automobile Circulation and Expand Automobile Consumption (2022 No. 92): from 2022-08-01 no region, the air-pollution key regions included, may refuse the inbound registration of small non-operating used passenger cars meeting China V or better.',
 NULL),
('TEMPORARY_PLATE', 'CN', 1, DATE '2022-10-01', NULL, 'PUBLISHED',
 'Same notice (2022 No. 92): from 2022-10-01 car sellers register used cars bought for resale under separate endorsement management and receive temporary plates for them; a person selling three or more cars held less than a year in one calendar year is treated as a dealer.',
 NULL);

-- Key regions named in 2016: Beijing–Tianjin–Hebei, Yangtze River Delta, Pearl River Delta. China V minimum.
INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, min_standard, basis, source, note)
SELECT 'INBOUND_EMISSION', city, 1, DATE '2016-06-01', 'CN5', 'DERIVED',
 'Key region named in 国办发〔2016〕13号 (Beijing–Tianjin–Hebei, Yangtze River Delta, Pearl River Delta), where local inbound limits remained allowed.',
 'China V minimum derived from the city''s key-region status; the city''s own notice is not on file. Confirm with the local vehicle administration office (车管所).'
FROM unnest(ARRAY['Beijing', 'Tianjin', 'Shijiazhuang', 'Tangshan', 'Baoding', 'Langfang', 'Handan',
                  'Shanghai', 'Nanjing', 'Suzhou', 'Wuxi', 'Nantong', 'Changzhou', 'Xuzhou', 'Yangzhou', 'Yancheng',
                  'Hangzhou', 'Ningbo', 'Wenzhou', 'Shaoxing', 'Jiaxing', 'Jinhua',
                  'Guangzhou', 'Shenzhen', 'Dongguan', 'Foshan', 'Zhuhai', 'Huizhou', 'Zhongshan']) AS city;

-- Key regions added in 2018: Anhui (whole Yangtze River Delta), the "2+26" surroundings, the Fenwei Plain.
INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, min_standard, basis, source, note)
SELECT 'INBOUND_EMISSION', city, 1, DATE '2018-07-03', 'CN5', 'DERIVED',
 'State Council, Three-Year Action Plan to Win the Blue Sky War (国发〔2018〕22号, published 2018-07-03): the key regions are the Beijing–Tianjin–Hebei surroundings ("2+26" cities), the Yangtze River Delta with Anhui, and the Fenwei Plain.',
 'China V minimum derived from the city''s key-region status; the city''s own notice is not on file. Confirm with the local vehicle administration office (车管所).'
FROM unnest(ARRAY['Hefei', 'Wuhu', 'Jinan', 'Zibo', 'Jining', 'Zhengzhou', 'Taiyuan', 'Luoyang', 'Xi''an']) AS city;

-- Hebei, Tianjin, Jiangsu, Zhejiang, Guangdong refused China V used cars until June 2022.
INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, min_standard, basis, source, note)
SELECT 'INBOUND_EMISSION', city, 2, DATE '2019-07-01', 'CN6', 'DERIVED',
 'People''s Daily, "Used cars usher in a big market" (2022): Hebei, Jiangsu, Tianjin, Zhejiang and Guangdong let China V used cars move in only from June 2022; China VI applied early to new registrations in these regions from 2019-07-01.',
 'China VI minimum inferred from the June 2022 lifting; its start date is the early China VI date, not a local notice on file.'
FROM unnest(ARRAY['Tianjin', 'Shijiazhuang', 'Tangshan', 'Baoding', 'Langfang', 'Handan',
                  'Nanjing', 'Suzhou', 'Wuxi', 'Nantong', 'Changzhou', 'Xuzhou', 'Yangzhou', 'Yancheng',
                  'Hangzhou', 'Ningbo', 'Wenzhou', 'Shaoxing', 'Jiaxing', 'Jinhua',
                  'Guangzhou', 'Shenzhen', 'Dongguan', 'Foshan', 'Zhuhai', 'Huizhou', 'Zhongshan']) AS city;

INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, min_standard, basis, source, note)
SELECT 'INBOUND_EMISSION', city, 3, DATE '2022-06-01', 'CN5', 'PUBLISHED',
 'People''s Daily, "Used cars usher in a big market" (2022): "Since June 1, Hebei, Jiangsu, Tianjin, Zhejiang, Guangdong and other places have successively implemented the policy of canceling the [China V] restriction for second-hand cars."',
 NULL
FROM unnest(ARRAY['Tianjin', 'Shijiazhuang', 'Tangshan', 'Baoding', 'Langfang', 'Handan',
                  'Hangzhou', 'Ningbo', 'Wenzhou', 'Shaoxing', 'Jiaxing', 'Jinhua',
                  'Guangzhou', 'Shenzhen', 'Dongguan', 'Foshan', 'Zhuhai', 'Huizhou', 'Zhongshan']) AS city;

INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, min_standard, basis, source, note)
SELECT 'INBOUND_EMISSION', city, 3, DATE '2022-06-17', 'CN5', 'PUBLISHED',
 'People''s Daily, "Used cars usher in a big market" (2022): "in Jiangsu, from June 17, foreign used cars that meet the national five emission standards can move in normally."',
 NULL
FROM unnest(ARRAY['Nanjing', 'Suzhou', 'Wuxi', 'Nantong', 'Changzhou', 'Xuzhou', 'Yangzhou', 'Yancheng']) AS city;

-- Plate-quota cities: a buyer needs a quota or index; new-energy cars differ.
INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, quota_ice, quota_hev, quota_phev, quota_bev, basis, source, note) VALUES
('PLATE_QUOTA', 'Beijing', 1, DATE '2016-06-01', 'SCARCE', 'SCARCE', 'SCARCE', 'SCARCE', 'PUBLISHED',
 'Beijing Interim Provisions on Regulating the Number of Passenger Cars (北京市小客车数量调控暂行规定, in force since 2011): every buyer needs an index — by lottery for conventional cars and plug-in hybrids, from the new-energy waiting list for battery-electric cars.',
 'In force before the rules on file start (2016-06-01).'),
('PLATE_QUOTA', 'Shanghai', 1, DATE '2016-06-01', 'SCARCE', 'SCARCE', 'ON_APPLICATION', 'ON_APPLICATION', 'PUBLISHED',
 'Shanghai non-operating passenger-car quota (licence-plate auction); new-energy cars receive a free special quota on application under Shanghai''s new-energy vehicle incentive measures.',
 'In force before the rules on file start (2016-06-01). The special quota has conditions of its own (no other Shanghai-plated car, a charging point).'),
('PLATE_QUOTA', 'Shanghai', 2, DATE '2023-01-01', 'SCARCE', 'SCARCE', 'SCARCE', 'ON_APPLICATION', 'PUBLISHED',
 'Shanghai Implementation Measures to Encourage the Purchase and Use of New-Energy Vehicles (2021): from 2023-01-01 plug-in hybrids no longer receive the free special quota.',
 NULL),
('PLATE_QUOTA', 'Guangzhou', 1, DATE '2016-06-01', 'SCARCE', 'SCARCE', 'ON_APPLICATION', 'ON_APPLICATION', 'PUBLISHED',
 'Guangzhou measures on the total control of small and medium passenger cars (in force since 2012): indicators for conventional cars by lottery or auction, for new-energy cars on application.',
 'In force before the rules on file start (2016-06-01). The new-energy columns are compiled, not read from the current text: check plug-in hybrids locally.'),
('PLATE_QUOTA', 'Shenzhen', 1, DATE '2016-06-01', 'SCARCE', 'SCARCE', 'ON_APPLICATION', 'ON_APPLICATION', 'PUBLISHED',
 'Shenzhen implementing rules for the incremental control of small cars (in force since 2014): indicators for conventional cars by lottery or auction, for new-energy cars on application.',
 'In force before the rules on file start (2016-06-01). The new-energy columns are compiled, not read from the current text: check plug-in hybrids locally.'),
('PLATE_QUOTA', 'Tianjin', 1, DATE '2016-06-01', 'SCARCE', 'SCARCE', 'ON_APPLICATION', 'ON_APPLICATION', 'PUBLISHED',
 'Tianjin measures on the total control of small passenger cars (in force since 2013): indicators for conventional cars by lottery or auction; new-energy cars on application.',
 'In force before the rules on file start (2016-06-01). The new-energy columns are compiled, not read from the current text: check plug-in hybrids locally.'),
('PLATE_QUOTA', 'Hangzhou', 1, DATE '2016-06-01', 'SCARCE', 'SCARCE', 'ON_APPLICATION', 'ON_APPLICATION', 'PUBLISHED',
 'Hangzhou provisions on the total control of small passenger cars (in force since 2014): indicators for conventional cars by lottery or auction; new-energy cars on application.',
 'In force before the rules on file start (2016-06-01). The new-energy columns are compiled, not read from the current text: check plug-in hybrids locally.');

INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, quota_ice, quota_hev, quota_phev, quota_bev, basis, source, note)
SELECT 'PLATE_QUOTA', city, 1, DATE '2018-05-16', 'SCARCE', 'SCARCE', 'ON_APPLICATION', 'ON_APPLICATION', 'PUBLISHED',
 'Hainan Province passenger-car holding control (in force since 2018-05-16, the whole province): indicators for conventional cars by lottery or auction; new-energy cars on application.',
 'The new-energy columns are compiled, not read from the current text: check plug-in hybrids locally.'
FROM unnest(ARRAY['Haikou', 'Sanya']) AS city;

INSERT INTO transfer.rules (id, rule_key, version, kind, jurisdiction, effective_from, active, min_standard,
                            quota_ice, quota_hev, quota_phev, quota_bev, basis, source, note, recorded_at, recorded_by)
SELECT gen_random_uuid(), kind || '/' || jurisdiction, version, kind, jurisdiction, effective_from, TRUE, min_standard,
       quota_ice, quota_hev, quota_phev, quota_bev, basis, source, note, TIMESTAMPTZ '2026-12-01 00:00:00+00', NULL
FROM shipped_rule;
