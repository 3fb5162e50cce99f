-- The transfer rules shipped with the release, for the 72 cities Clearlot knows (docs/transfer-rules.md says how
-- they were compiled). Rules start on 2016-06-01, the date the national lifting of local relocation limits outside
-- the air-pollution key regions took effect; earlier dates are not answered. basis = 'PUBLISHED': the cited document
-- states the rule; 'DERIVED': it follows from a cited classification, the local notice itself is not on file.
-- Admins add and supersede rules in the app (/admin/transfer-rules); those become new versions, not edits.

CREATE TEMPORARY TABLE shipped_rule (
    kind VARCHAR(30), jurisdiction VARCHAR(40), version INTEGER, effective_from DATE, min_standard VARCHAR(20),
    quota_ice VARCHAR(20), quota_hev VARCHAR(20), quota_phev VARCHAR(20), quota_bev VARCHAR(20),
    basis VARCHAR(20), source TEXT, note TEXT, source_zh TEXT, note_zh TEXT) ON COMMIT DROP;

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
 'The news article "Used cars usher in a big market (new economic orientation)" (2022): Hebei, Jiangsu, Tianjin, Zhejiang and Guangdong let China V used cars move in only from June 2022; China VI applied early to new registrations in these regions from 2019-07-01.',
 'China VI minimum inferred from the June 2022 lifting; its start date is the early China VI date, not a local notice on file.'
FROM unnest(ARRAY['Tianjin', 'Shijiazhuang', 'Tangshan', 'Baoding', 'Langfang', 'Handan',
                  'Nanjing', 'Suzhou', 'Wuxi', 'Nantong', 'Changzhou', 'Xuzhou', 'Yangzhou', 'Yancheng',
                  'Hangzhou', 'Ningbo', 'Wenzhou', 'Shaoxing', 'Jiaxing', 'Jinhua',
                  'Guangzhou', 'Shenzhen', 'Dongguan', 'Foshan', 'Zhuhai', 'Huizhou', 'Zhongshan']) AS city;

INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, min_standard, basis, source, note)
SELECT 'INBOUND_EMISSION', city, 3, DATE '2022-06-01', 'CN5', 'PUBLISHED',
 'The news article "Used cars usher in a big market (new economic orientation)" (2022): "Since June 1, Hebei, Jiangsu, Tianjin, Zhejiang, Guangdong and other places have successively implemented the policy of canceling the [China V] restriction for second-hand cars."',
 NULL
FROM unnest(ARRAY['Tianjin', 'Shijiazhuang', 'Tangshan', 'Baoding', 'Langfang', 'Handan',
                  'Hangzhou', 'Ningbo', 'Wenzhou', 'Shaoxing', 'Jiaxing', 'Jinhua',
                  'Guangzhou', 'Shenzhen', 'Dongguan', 'Foshan', 'Zhuhai', 'Huizhou', 'Zhongshan']) AS city;

INSERT INTO shipped_rule (kind, jurisdiction, version, effective_from, min_standard, basis, source, note)
SELECT 'INBOUND_EMISSION', city, 3, DATE '2022-06-17', 'CN5', 'PUBLISHED',
 'The news article "Used cars usher in a big market (new economic orientation)" (2022): "in Jiangsu, from June 17, foreign used cars that meet the national five emission standards can move in normally."',
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

-- The same texts in Chinese, matched by the start of the English text.
UPDATE shipped_rule SET source_zh = CASE
    WHEN source LIKE 'GB/T 30323-2013%' THEN 'GB/T 30323-2013《二手车鉴定评估技术规范》表1：8项可交易性检查（2014年起实施）。'
    WHEN source LIKE 'General Office of the State Council%' THEN '《国务院办公厅关于促进二手车便利交易的若干意见》（国办发〔2016〕13号，2016年3月）：除国家大气污染防治重点区域外，各地不得限制符合国家环保标准的二手车迁入；已实施限迁的地方须于2016年5月底前取消。'
    WHEN source LIKE 'State Council executive meeting%' THEN '2022年6月22日国务院常务会议；商务部等17部门《关于搞活汽车流通 扩大汽车消费若干措施的通知》（2022年第92号）：自2022年8月1日起，在全国范围（含大气污染防治重点区域）不得限制符合国五及以上排放标准的小型非营运二手乘用车迁入登记。'
    WHEN source LIKE 'Same notice (2022 No. 92)%' THEN '同一通知（2022年第92号）：自2022年10月1日起，汽车销售企业购入并用于销售的二手车实行单独签注管理，核发临时号牌；自然人在一个自然年度内出售持有时间少于1年的二手车达到3辆及以上的，按经营者对待。'
    WHEN source LIKE 'Key region named in%' THEN '国办发〔2016〕13号列明的大气污染防治重点区域（京津冀、长三角、珠三角），当地可保留迁入限制。'
    WHEN source LIKE 'State Council, Three-Year Action Plan%' THEN '国务院《打赢蓝天保卫战三年行动计划》（国发〔2018〕22号，2018年7月3日公布）：重点区域为京津冀及周边地区（“2+26”城市）、长三角地区（含安徽）和汾渭平原。'
    WHEN source LIKE 'The news article%Hebei, Jiangsu, Tianjin, Zhejiang and Guangdong let%' THEN '新闻报道《二手车迎来大市场（新经济导向）》（2022年）：河北、江苏、天津、浙江、广东自2022年6月起才允许国五二手车迁入；这些地区自2019年7月1日起对新车提前实施国六。'
    WHEN source LIKE 'The news article%Since June 1%' THEN '新闻报道《二手车迎来大市场（新经济导向）》（2022年）：“6月1日以来，河北、江苏、天津、浙江、广东等地相继实施取消国五排放标准二手车限迁政策。”'
    WHEN source LIKE 'The news article%in Jiangsu, from June 17%' THEN '新闻报道《二手车迎来大市场（新经济导向）》（2022年）：“在江苏，自6月17日起，符合国五排放标准的外地二手车可以正常迁入。”'
    WHEN source LIKE 'Beijing Interim Provisions%' THEN '《北京市小客车数量调控暂行规定》（2011年起实施）：买方须持有指标——燃油车和插电混动车通过摇号取得，纯电动车通过新能源指标轮候取得。'
    WHEN source LIKE 'Shanghai non-operating passenger-car quota%' THEN '上海市非营业性客车额度（牌照拍卖）；依据上海市鼓励购买和使用新能源汽车的办法，新能源汽车可申请免费专用牌照额度。'
    WHEN source LIKE 'Shanghai Implementation Measures%' THEN '《上海市鼓励购买和使用新能源汽车实施办法》（2021年）：自2023年1月1日起，插电式混合动力汽车不再发放免费专用牌照额度。'
    WHEN source LIKE 'Guangzhou measures%' THEN '广州市中小客车总量调控管理办法（2012年起实施）：燃油车指标通过摇号或竞价取得，新能源车指标直接申请。'
    WHEN source LIKE 'Shenzhen implementing rules%' THEN '深圳市小汽车增量调控管理实施细则（2014年起实施）：燃油车指标通过摇号或竞价取得，新能源车指标直接申请。'
    WHEN source LIKE 'Tianjin measures%' THEN '天津市小客车总量调控管理办法（2013年起实施）：燃油车指标通过摇号或竞价取得；新能源车直接申请。'
    WHEN source LIKE 'Hangzhou provisions%' THEN '杭州市小客车总量调控管理规定（2014年起实施）：燃油车指标通过摇号或竞价取得；新能源车直接申请。'
    WHEN source LIKE 'Hainan Province passenger-car holding control%' THEN '海南省小客车保有量调控（2018年5月16日起在全省实施）：燃油车指标通过摇号或竞价取得；新能源车直接申请。'
  END;
UPDATE shipped_rule SET note_zh = CASE
    WHEN note LIKE 'Registration also needs%' THEN '办理登记还须处理完交通违法记录、车辆在检验有效期内且交强险有效，如有抵押须已解除。'
    WHEN note LIKE 'Applies to every city without%' THEN '适用于没有本市规则的所有城市。国三是 Clearlot 收录的最低排放标准。'
    WHEN note LIKE 'China V minimum derived%' THEN '国五下限由该市的重点区域身份推定；未收录该市本地文件。请向当地车管所确认。'
    WHEN note LIKE 'China VI minimum inferred%' THEN '国六下限由2022年6月取消限迁推断；生效日期取提前实施国六的日期，并非收录的当地文件。'
    WHEN note = 'In force before the rules on file start (2016-06-01).' THEN '在册规则起始日（2016-06-01）之前已经实施。'
    WHEN note LIKE 'In force before the rules on file start (2016-06-01). The special quota%' THEN '在册规则起始日（2016-06-01）之前已经实施。专用牌照额度另有条件（名下无其他沪牌车辆、具备充电条件）。'
    WHEN note LIKE 'In force before the rules on file start (2016-06-01). The new-energy columns%' THEN '在册规则起始日（2016-06-01）之前已经实施。新能源车各列为整理所得，并非摘自现行文本：插电混动车请向当地确认。'
    WHEN note LIKE 'The new-energy columns%' THEN '新能源车各列为整理所得，并非摘自现行文本：插电混动车请向当地确认。'
  END;

INSERT INTO transfer.rules (id, rule_key, version, kind, jurisdiction, effective_from, active, min_standard,
                            quota_ice, quota_hev, quota_phev, quota_bev, basis, source, note, source_zh, note_zh,
                            recorded_at, recorded_by)
SELECT gen_random_uuid(), kind || '/' || jurisdiction, version, kind, jurisdiction, effective_from, TRUE, min_standard,
       quota_ice, quota_hev, quota_phev, quota_bev, basis, source, note, source_zh, note_zh,
       TIMESTAMPTZ '2026-12-01 00:00:00+00', NULL
FROM shipped_rule;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM transfer.rules WHERE source_zh IS NULL OR (note IS NOT NULL AND note_zh IS NULL)) THEN
        RAISE EXCEPTION 'a shipped transfer rule lacks its Chinese text';
    END IF;
END $$;
