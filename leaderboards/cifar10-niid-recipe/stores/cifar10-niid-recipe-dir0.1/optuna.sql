-- fblbench archive of optuna.db (`fblbench archive load` rebuilds it); MLflow schema v3.2.0.a
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('v3.2.0.a');
CREATE TABLE studies (
	study_id INTEGER NOT NULL, 
	study_name VARCHAR(512) NOT NULL, 
	PRIMARY KEY (study_id)
);
INSERT INTO "studies" VALUES(1,'cifar10-dir0.1-fedavg');
INSERT INTO "studies" VALUES(2,'cifar10-dir0.1-fedprox');
INSERT INTO "studies" VALUES(3,'cifar10-dir0.1-scaffold');
CREATE TABLE study_directions (
	study_direction_id INTEGER NOT NULL, 
	direction VARCHAR(8) NOT NULL, 
	study_id INTEGER NOT NULL, 
	objective INTEGER NOT NULL, 
	PRIMARY KEY (study_direction_id), 
	UNIQUE (study_id, objective), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_directions" VALUES(1,'MAXIMIZE',1,0);
INSERT INTO "study_directions" VALUES(2,'MAXIMIZE',2,0);
INSERT INTO "study_directions" VALUES(3,'MAXIMIZE',3,0);
CREATE TABLE study_system_attributes (
	study_system_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_system_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
CREATE TABLE study_user_attributes (
	study_user_attribute_id INTEGER NOT NULL, 
	study_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (study_user_attribute_id), 
	UNIQUE (study_id, "key"), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "study_user_attributes" VALUES(1,1,'method','"fedavg"');
INSERT INTO "study_user_attributes" VALUES(2,1,'dataset','"cifar10"');
INSERT INTO "study_user_attributes" VALUES(3,1,'partition','"dir0.1"');
INSERT INTO "study_user_attributes" VALUES(4,1,'objective','"accuracy"');
INSERT INTO "study_user_attributes" VALUES(5,1,'fblbench_search_space','{"batch_size": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [32, 64, 128]}}", "local_epochs": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 1, \"high\": 10}}", "lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.05, \"log\": true}}"}');
INSERT INTO "study_user_attributes" VALUES(6,2,'method','"fedprox"');
INSERT INTO "study_user_attributes" VALUES(7,2,'dataset','"cifar10"');
INSERT INTO "study_user_attributes" VALUES(8,2,'partition','"dir0.1"');
INSERT INTO "study_user_attributes" VALUES(9,2,'objective','"accuracy"');
INSERT INTO "study_user_attributes" VALUES(10,2,'fblbench_search_space','{"batch_size": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [32, 64, 128]}}", "local_epochs": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 1, \"high\": 10}}", "lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.05, \"log\": true}}", "mu": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 1.0, \"log\": true}}"}');
INSERT INTO "study_user_attributes" VALUES(11,3,'method','"scaffold"');
INSERT INTO "study_user_attributes" VALUES(12,3,'dataset','"cifar10"');
INSERT INTO "study_user_attributes" VALUES(13,3,'partition','"dir0.1"');
INSERT INTO "study_user_attributes" VALUES(14,3,'objective','"accuracy"');
INSERT INTO "study_user_attributes" VALUES(15,3,'fblbench_search_space','{"batch_size": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [32, 64, 128]}}", "local_epochs": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 1, \"high\": 10}}", "lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.05, \"log\": true}}", "server_lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.1, \"high\": 2.0, \"log\": true}}"}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-07 02:23:43.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-07 03:27:52.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-07 03:53:48.000000');
CREATE TABLE trial_intermediate_values (
	trial_intermediate_value_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	step INTEGER NOT NULL, 
	intermediate_value FLOAT, 
	intermediate_value_type VARCHAR(7) NOT NULL, 
	PRIMARY KEY (trial_intermediate_value_id), 
	UNIQUE (trial_id, step), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_intermediate_values" VALUES(1,1,1,0.1,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(2,1,2,0.2044,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(3,1,3,0.2004,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(4,1,4,0.259,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(5,1,5,0.2278,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(6,1,6,0.2804,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(7,1,7,0.2528,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(8,1,8,0.296,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(9,1,9,0.2604,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(10,1,10,0.3004,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(11,1,11,0.2752,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(12,1,12,0.3092,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(13,1,13,0.2774,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(14,1,14,0.3292,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(15,1,15,0.3156,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(16,1,16,0.3474,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(17,1,17,0.3534,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(18,1,18,0.3764,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(19,1,19,0.3706,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(20,1,20,0.3908,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(21,1,21,0.3918,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(22,1,22,0.3788,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(23,1,23,0.4026,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(24,1,24,0.3956,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(25,1,25,0.4132,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(26,1,26,0.4148,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(27,1,27,0.4264,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(28,1,28,0.4122,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(29,1,29,0.4318,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(30,1,30,0.4248,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(31,1,31,0.4256,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(32,1,32,0.414,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(33,1,33,0.42,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(34,1,34,0.4174,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(35,1,35,0.418,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(36,1,36,0.4312,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(37,1,37,0.445,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(38,1,38,0.4478,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(39,1,39,0.442,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(40,1,40,0.4432,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(41,1,41,0.4446,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(42,1,42,0.4472,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(43,1,43,0.4512,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(44,1,44,0.4534,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(45,1,45,0.4584,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(46,1,46,0.4594,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(47,1,47,0.4724,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(48,1,48,0.468,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(49,1,49,0.4788,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(50,1,50,0.4718,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(51,1,51,0.4878,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(52,1,52,0.4596,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(53,1,53,0.4732,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(54,1,54,0.4564,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(55,1,55,0.4704,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(56,1,56,0.4556,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(57,1,57,0.4568,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(58,1,58,0.457,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(59,1,59,0.4632,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(60,1,60,0.4574,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(61,1,61,0.458,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(62,1,62,0.4586,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(63,1,63,0.4756,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(64,1,64,0.4576,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(65,1,65,0.4644,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(66,1,66,0.4484,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(67,1,67,0.4558,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(68,1,68,0.4536,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(69,1,69,0.4564,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(70,1,70,0.4562,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(71,1,71,0.4622,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(72,1,72,0.4676,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(73,1,73,0.4586,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(74,1,74,0.4666,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(75,1,75,0.4502,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(76,1,76,0.4632,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(77,1,77,0.4516,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(78,1,78,0.4694,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(79,1,79,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(80,1,80,0.4632,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(81,1,81,0.4524,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(82,1,82,0.453,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(83,1,83,0.4604,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(84,1,84,0.467,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(85,1,85,0.4698,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(86,1,86,0.4748,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(87,1,87,0.4744,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(88,1,88,0.4696,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(89,1,89,0.4768,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(90,1,90,0.4676,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(91,1,91,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(92,1,92,0.4696,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(93,1,93,0.4516,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(94,1,94,0.4616,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(95,1,95,0.4524,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(96,1,96,0.4576,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(97,1,97,0.4718,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(98,1,98,0.4656,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(99,1,99,0.456,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(100,1,100,0.4696,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(101,1,101,0.465,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(102,1,102,0.4648,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(103,1,103,0.477,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(104,1,104,0.4612,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(105,1,105,0.4556,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(106,1,106,0.4636,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(107,1,107,0.4554,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(108,1,108,0.4734,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(109,1,109,0.4714,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(110,1,110,0.4766,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(111,1,111,0.474,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(112,1,112,0.4694,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(113,1,113,0.472,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(114,1,114,0.4672,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(115,1,115,0.4754,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(116,1,116,0.4738,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(117,1,117,0.4658,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(118,1,118,0.4746,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(119,1,119,0.4594,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(120,1,120,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(121,1,121,0.4498,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(122,1,122,0.4704,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(123,1,123,0.4614,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(124,1,124,0.4774,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(125,1,125,0.4626,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(126,1,126,0.478,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(127,1,127,0.4752,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(128,1,128,0.477,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(129,1,129,0.468,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(130,1,130,0.4778,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(131,1,131,0.4672,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(132,1,132,0.4798,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(133,1,133,0.469,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(134,1,134,0.4798,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(135,1,135,0.466,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(136,1,136,0.4784,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(137,1,137,0.4768,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(138,1,138,0.4732,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(139,1,139,0.4702,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(140,1,140,0.4822,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(141,1,141,0.4686,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(142,1,142,0.4808,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(143,1,143,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(144,1,144,0.4746,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(145,1,145,0.4702,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(146,1,146,0.4732,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(147,1,147,0.4656,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(148,1,148,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(149,1,149,0.4706,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(150,1,150,0.48,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(151,1,151,0.4734,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(152,1,152,0.4718,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(153,1,153,0.454,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(154,1,154,0.47,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(155,1,155,0.4712,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(156,1,156,0.467,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(157,1,157,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(158,1,158,0.4744,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(159,1,159,0.465,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(160,1,160,0.4728,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(161,1,161,0.4714,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(162,1,162,0.4776,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(163,1,163,0.4622,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(164,1,164,0.4796,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(165,1,165,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(166,1,166,0.475,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(167,1,167,0.4738,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(168,1,168,0.4808,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(169,1,169,0.473,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(170,1,170,0.4788,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(171,1,171,0.4774,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(172,1,172,0.4828,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(173,1,173,0.4726,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(174,1,174,0.4784,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(175,1,175,0.4634,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(176,1,176,0.4704,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(177,1,177,0.4662,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(178,1,178,0.4736,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(179,1,179,0.473,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(180,1,180,0.4746,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(181,1,181,0.4612,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(182,1,182,0.4712,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(183,1,183,0.4752,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(184,1,184,0.475,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(185,1,185,0.4638,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(186,1,186,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(187,1,187,0.4708,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(188,1,188,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(189,1,189,0.4836,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(190,1,190,0.4804,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(191,1,191,0.4812,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(192,1,192,0.4804,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(193,1,193,0.478,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(194,1,194,0.478,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(195,1,195,0.4806,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(196,1,196,0.4768,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(197,1,197,0.485,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(198,1,198,0.4604,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(199,1,199,0.4822,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(200,1,200,0.4552,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(201,2,1,0.1,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(202,2,2,0.1916,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(203,2,3,0.207,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(204,2,4,0.2438,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(205,2,5,0.2406,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(206,2,6,0.2792,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(207,2,7,0.2862,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(208,2,8,0.3012,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(209,2,9,0.308,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(210,2,10,0.3238,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(211,2,11,0.3286,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(212,2,12,0.3498,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(213,2,13,0.35,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(214,2,14,0.3556,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(215,2,15,0.3664,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(216,2,16,0.3652,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(217,2,17,0.3634,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(218,2,18,0.3332,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(219,2,19,0.3636,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(220,2,20,0.3464,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(221,2,21,0.384,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(222,2,22,0.372,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(223,2,23,0.4032,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(224,2,24,0.3876,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(225,2,25,0.4056,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(226,2,26,0.4076,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(227,2,27,0.41,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(228,2,28,0.4058,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(229,2,29,0.426,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(230,2,30,0.4086,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(231,2,31,0.435,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(232,2,32,0.4244,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(233,2,33,0.4516,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(234,2,34,0.4368,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(235,2,35,0.4516,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(236,2,36,0.4536,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(237,2,37,0.4604,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(238,2,38,0.4472,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(239,2,39,0.4564,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(240,2,40,0.4496,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(241,2,41,0.446,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(242,2,42,0.4576,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(243,2,43,0.4466,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(244,2,44,0.4508,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(245,2,45,0.456,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(246,2,46,0.4632,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(247,2,47,0.4696,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(248,2,48,0.4614,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(249,2,49,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(250,2,50,0.4648,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(251,2,51,0.4624,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(252,2,52,0.4546,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(253,2,53,0.4568,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(254,2,54,0.4552,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(255,2,55,0.4804,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(256,2,56,0.4744,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(257,2,57,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(258,2,58,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(259,2,59,0.4522,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(260,2,60,0.4606,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(261,2,61,0.4434,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(262,2,62,0.4414,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(263,2,63,0.4438,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(264,2,64,0.4548,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(265,2,65,0.4584,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(266,2,66,0.465,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(267,2,67,0.469,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(268,2,68,0.4742,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(269,2,69,0.4668,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(270,2,70,0.4642,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(271,2,71,0.4558,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(272,2,72,0.4652,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(273,2,73,0.467,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(274,2,74,0.4656,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(275,2,75,0.4622,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(276,2,76,0.4684,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(277,2,77,0.4646,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(278,2,78,0.481,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(279,2,79,0.4712,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(280,2,80,0.475,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(281,2,81,0.4694,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(282,2,82,0.4674,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(283,2,83,0.4772,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(284,2,84,0.475,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(285,2,85,0.4762,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(286,2,86,0.4722,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(287,2,87,0.4752,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(288,2,88,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(289,2,89,0.4744,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(290,2,90,0.4682,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(291,2,91,0.478,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(292,2,92,0.47,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(293,2,93,0.474,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(294,2,94,0.4732,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(295,2,95,0.4772,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(296,2,96,0.4726,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(297,2,97,0.4758,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(298,2,98,0.4792,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(299,2,99,0.4716,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(300,2,100,0.4772,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(301,2,101,0.4746,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(302,2,102,0.4658,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(303,2,103,0.4594,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(304,2,104,0.4628,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(305,2,105,0.4588,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(306,2,106,0.4664,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(307,2,107,0.4596,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(308,2,108,0.4666,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(309,2,109,0.4534,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(310,2,110,0.4626,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(311,2,111,0.4596,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(312,2,112,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(313,2,113,0.4686,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(314,2,114,0.468,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(315,2,115,0.4628,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(316,2,116,0.4672,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(317,2,117,0.4592,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(318,2,118,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(319,2,119,0.4614,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(320,2,120,0.468,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(321,2,121,0.4466,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(322,2,122,0.4656,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(323,2,123,0.4686,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(324,2,124,0.4738,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(325,2,125,0.4618,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(326,2,126,0.4686,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(327,2,127,0.4738,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(328,2,128,0.4686,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(329,2,129,0.4744,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(330,2,130,0.465,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(331,2,131,0.4754,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(332,2,132,0.4706,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(333,2,133,0.4628,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(334,2,134,0.4656,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(335,2,135,0.4636,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(336,2,136,0.4614,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(337,2,137,0.4652,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(338,2,138,0.4704,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(339,2,139,0.4608,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(340,2,140,0.4738,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(341,2,141,0.4554,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(342,2,142,0.4654,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(343,2,143,0.4664,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(344,2,144,0.471,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(345,2,145,0.4686,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(346,2,146,0.463,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(347,2,147,0.4572,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(348,2,148,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(349,2,149,0.4544,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(350,2,150,0.4672,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(351,2,151,0.4626,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(352,2,152,0.467,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(353,2,153,0.4656,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(354,2,154,0.4718,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(355,2,155,0.4616,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(356,2,156,0.4662,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(357,2,157,0.4644,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(358,2,158,0.4726,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(359,2,159,0.4642,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(360,2,160,0.479,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(361,2,161,0.472,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(362,2,162,0.4788,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(363,2,163,0.4802,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(364,2,164,0.4812,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(365,2,165,0.4758,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(366,2,166,0.4718,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(367,2,167,0.4544,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(368,2,168,0.4714,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(369,2,169,0.4574,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(370,2,170,0.4646,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(371,2,171,0.4592,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(372,3,1,0.1,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(373,2,172,0.457,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(374,3,2,0.1,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(375,2,173,0.458,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(376,3,3,0.1,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(377,2,174,0.4728,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(378,3,4,0.1858,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(379,2,175,0.4588,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(380,3,5,0.2096,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(381,2,176,0.4712,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(382,3,6,0.2236,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(383,3,7,0.23,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(384,2,177,0.4592,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(385,3,8,0.2432,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(386,2,178,0.4732,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(387,3,9,0.2638,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(388,2,179,0.458,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(389,3,10,0.2466,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(390,2,180,0.4652,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(391,3,11,0.2666,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(392,2,181,0.469,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(393,3,12,0.2556,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(394,2,182,0.4782,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(395,3,13,0.2754,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(396,2,183,0.474,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(397,3,14,0.2638,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(398,2,184,0.4772,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(399,3,15,0.2816,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(400,2,185,0.461,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(401,3,16,0.283,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(402,2,186,0.4688,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(403,3,17,0.2842,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(404,2,187,0.468,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(405,3,18,0.288,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(406,2,188,0.4738,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(407,3,19,0.2908,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(408,2,189,0.4772,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(409,3,20,0.3014,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(410,2,190,0.4832,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(411,3,21,0.3,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(412,2,191,0.4738,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(413,3,22,0.309,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(414,2,192,0.4728,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(415,3,23,0.3028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(416,3,24,0.3088,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(417,2,193,0.4682,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(418,2,194,0.4744,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(419,3,25,0.3016,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(420,3,26,0.3174,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(421,2,195,0.4672,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(422,3,27,0.3142,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(423,2,196,0.469,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(424,3,28,0.3318,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(425,2,197,0.4728,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(426,3,29,0.3176,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(427,2,198,0.476,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(428,3,30,0.3124,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(429,2,199,0.4638,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(430,3,31,0.334,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(431,2,200,0.4768,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(432,3,32,0.3462,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(433,3,33,0.3304,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(434,3,34,0.344,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(435,3,35,0.3428,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(436,3,36,0.358,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(437,3,37,0.3398,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(438,3,38,0.32,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(439,3,39,0.352,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(440,3,40,0.3328,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(441,3,41,0.3298,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(442,3,42,0.3306,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(443,3,43,0.341,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(444,3,44,0.3354,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(445,3,45,0.3284,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(446,3,46,0.3612,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(447,3,47,0.3498,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(448,3,48,0.3562,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(449,3,49,0.3646,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(450,3,50,0.3712,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(451,3,51,0.3714,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(452,3,52,0.3572,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(453,3,53,0.3664,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(454,3,54,0.3528,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(455,3,55,0.3576,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(456,3,56,0.3582,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(457,3,57,0.3514,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(458,3,58,0.3806,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(459,3,59,0.3846,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(460,3,60,0.367,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(461,3,61,0.3698,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(462,3,62,0.3542,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(463,3,63,0.3364,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(464,3,64,0.3946,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(465,3,65,0.4,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(466,3,66,0.3916,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(467,3,67,0.3806,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(468,3,68,0.4096,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(469,3,69,0.4092,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(470,3,70,0.389,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(471,3,71,0.3926,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(472,3,72,0.4106,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(473,3,73,0.4076,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(474,3,74,0.3996,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(475,3,75,0.4178,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(476,3,76,0.379,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(477,3,77,0.3962,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(478,3,78,0.3952,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(479,3,79,0.3936,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(480,3,80,0.3994,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(481,3,81,0.3998,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(482,3,82,0.398,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(483,3,83,0.4084,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(484,3,84,0.4038,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(485,3,85,0.378,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(486,3,86,0.4344,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(487,3,87,0.3934,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(488,3,88,0.4156,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(489,3,89,0.4422,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(490,3,90,0.403,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(491,3,91,0.4144,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(492,3,92,0.4074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(493,3,93,0.4114,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(494,3,94,0.4168,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(495,3,95,0.4164,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(496,3,96,0.3934,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(497,3,97,0.3998,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(498,3,98,0.4094,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(499,3,99,0.4052,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(500,3,100,0.4162,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(501,3,101,0.408,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(502,3,102,0.3934,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(503,3,103,0.4078,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(504,3,104,0.4078,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(505,3,105,0.386,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(506,3,106,0.4032,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(507,3,107,0.393,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(508,3,108,0.4148,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(509,3,109,0.4138,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(510,3,110,0.4142,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(511,3,111,0.4434,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(512,3,112,0.414,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(513,3,113,0.4216,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(514,3,114,0.4108,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(515,3,115,0.4168,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(516,3,116,0.4028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(517,3,117,0.4128,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(518,3,118,0.4152,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(519,3,119,0.4042,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(520,3,120,0.4182,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(521,3,121,0.4168,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(522,3,122,0.4282,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(523,3,123,0.453,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(524,3,124,0.4376,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(525,3,125,0.4546,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(526,3,126,0.4342,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(527,3,127,0.4546,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(528,3,128,0.4416,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(529,3,129,0.4458,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(530,3,130,0.4364,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(531,3,131,0.4222,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(532,3,132,0.4362,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(533,3,133,0.4226,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(534,3,134,0.4014,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(535,3,135,0.409,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(536,3,136,0.3964,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(537,3,137,0.4232,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(538,3,138,0.4118,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(539,3,139,0.4248,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(540,3,140,0.4184,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(541,3,141,0.4478,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(542,3,142,0.4362,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(543,3,143,0.4332,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(544,3,144,0.4238,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(545,3,145,0.4388,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(546,3,146,0.4502,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(547,3,147,0.453,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(548,3,148,0.4542,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(549,3,149,0.4604,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(550,3,150,0.416,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(551,3,151,0.4072,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(552,3,152,0.4204,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(553,3,153,0.4398,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(554,3,154,0.4274,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(555,3,155,0.4332,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(556,3,156,0.4138,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(557,3,157,0.4164,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(558,3,158,0.4434,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(559,3,159,0.4266,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(560,3,160,0.4532,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(561,3,161,0.4584,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(562,3,162,0.436,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(563,3,163,0.4156,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(564,3,164,0.4202,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(565,3,165,0.4314,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(566,3,166,0.4524,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(567,3,167,0.434,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(568,3,168,0.4274,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(569,3,169,0.4196,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(570,3,170,0.458,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(571,3,171,0.4392,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(572,3,172,0.422,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(573,3,173,0.421,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(574,3,174,0.4138,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(575,3,175,0.4328,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(576,3,176,0.426,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(577,3,177,0.4338,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(578,3,178,0.406,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(579,3,179,0.4388,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(580,3,180,0.4044,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(581,3,181,0.419,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(582,3,182,0.465,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(583,3,183,0.4406,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(584,3,184,0.4596,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(585,3,185,0.4614,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(586,3,186,0.4426,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(587,3,187,0.4466,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(588,3,188,0.47,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(589,3,189,0.431,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(590,3,190,0.4508,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(591,3,191,0.443,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(592,3,192,0.4318,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(593,3,193,0.4376,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(594,3,194,0.431,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(595,3,195,0.4152,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(596,3,196,0.434,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(597,3,197,0.418,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(598,3,198,0.4638,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(599,3,199,0.4502,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(600,3,200,0.4582,'FINITE');
CREATE TABLE trial_params (
	param_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	param_name VARCHAR(512), 
	param_value FLOAT, 
	distribution_json TEXT, 
	PRIMARY KEY (param_id), 
	UNIQUE (trial_id, param_name), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_params" VALUES(1,1,'lr',0.01,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.001, "high": 0.05, "log": true}}');
INSERT INTO "trial_params" VALUES(2,1,'local_epochs',10.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 10}}');
INSERT INTO "trial_params" VALUES(3,1,'batch_size',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [32, 64, 128]}}');
INSERT INTO "trial_params" VALUES(4,2,'lr',0.01,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.001, "high": 0.05, "log": true}}');
INSERT INTO "trial_params" VALUES(5,2,'local_epochs',10.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 10}}');
INSERT INTO "trial_params" VALUES(6,2,'batch_size',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [32, 64, 128]}}');
INSERT INTO "trial_params" VALUES(7,2,'mu',0.01,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.001, "high": 1.0, "log": true}}');
INSERT INTO "trial_params" VALUES(8,3,'lr',0.01,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.001, "high": 0.05, "log": true}}');
INSERT INTO "trial_params" VALUES(9,3,'local_epochs',10.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 10}}');
INSERT INTO "trial_params" VALUES(10,3,'batch_size',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [32, 64, 128]}}');
INSERT INTO "trial_params" VALUES(11,3,'server_lr',1.0,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.1, "high": 2.0, "log": true}}');
CREATE TABLE trial_system_attributes (
	trial_system_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_system_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_system_attributes" VALUES(1,1,'fixed_params','{"lr": 0.01, "local_epochs": 10, "batch_size": 64}');
INSERT INTO "trial_system_attributes" VALUES(2,2,'fixed_params','{"lr": 0.01, "local_epochs": 10, "batch_size": 64, "mu": 0.01}');
INSERT INTO "trial_system_attributes" VALUES(3,3,'fixed_params','{"lr": 0.01, "local_epochs": 10, "batch_size": 64, "server_lr": 1.0}');
CREATE TABLE trial_user_attributes (
	trial_user_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_user_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_user_attributes" VALUES(1,1,'fblbench_default','true');
INSERT INTO "trial_user_attributes" VALUES(2,1,'config','{"data.dataset": "cifar10", "data.resolution": 32, "data.partition": "dirichlet", "data.alpha": 0.1, "data.classes_per_client": 2, "data.num_clients": 10, "data.min_client_size": 10, "data.partition_seed": 0, "data.split_seed": 0, "data.val_fraction": 0.1, "data.test_fraction": 0.2, "data.public_fraction": 0.1, "data.generator_size": "cpu", "data.max_train": 5000, "data.max_eval": null, "data.data_dir": "/work/shared/data", "data.cache_dir": "/work/main/.cache/fblbench", "data.download": false, "train.model": "simple_cnn", "train.rounds": 200, "train.participation": 1.0, "train.local_epochs": 10, "train.batch_size": 64, "train.lr": 0.01, "train.momentum": 0.9, "train.lr_schedule": "constant", "train.weight_decay": 1e-05, "train.clip_grad_norm": 10.0, "train.test_every": 5, "train.seed": 0, "train.device": "auto", "train.threads": 1, "train.augment": "crop_flip", "train.channels_last": true, "train.batch_clients": "auto", "method.name": "fedavg", "run.kernels": "cpu AVX512, Intel(R) Xeon(R) Processor (family 6 model 207)"}');
INSERT INTO "trial_user_attributes" VALUES(3,1,'seconds','1787.768986324998');
INSERT INTO "trial_user_attributes" VALUES(4,1,'final_test_acc','0.4537');
INSERT INTO "trial_user_attributes" VALUES(5,1,'best_val_acc','0.4878');
INSERT INTO "trial_user_attributes" VALUES(6,1,'total_synthetic','0.0');
INSERT INTO "trial_user_attributes" VALUES(7,2,'fblbench_default','true');
INSERT INTO "trial_user_attributes" VALUES(8,2,'config','{"data.dataset": "cifar10", "data.resolution": 32, "data.partition": "dirichlet", "data.alpha": 0.1, "data.classes_per_client": 2, "data.num_clients": 10, "data.min_client_size": 10, "data.partition_seed": 0, "data.split_seed": 0, "data.val_fraction": 0.1, "data.test_fraction": 0.2, "data.public_fraction": 0.1, "data.generator_size": "cpu", "data.max_train": 5000, "data.max_eval": null, "data.data_dir": "/work/shared/data", "data.cache_dir": "/work/main/.cache/fblbench", "data.download": false, "train.model": "simple_cnn", "train.rounds": 200, "train.participation": 1.0, "train.local_epochs": 10, "train.batch_size": 64, "train.lr": 0.01, "train.momentum": 0.9, "train.lr_schedule": "constant", "train.weight_decay": 1e-05, "train.clip_grad_norm": 10.0, "train.test_every": 5, "train.seed": 0, "train.device": "auto", "train.threads": 1, "train.augment": "crop_flip", "train.channels_last": true, "train.batch_clients": "auto", "method.mu": 0.01, "method.name": "fedprox", "run.kernels": "cpu AVX512, Intel(R) Xeon(R) Processor (family 6 model 207)"}');
INSERT INTO "trial_user_attributes" VALUES(9,3,'fblbench_default','true');
INSERT INTO "trial_user_attributes" VALUES(10,3,'config','{"data.dataset": "cifar10", "data.resolution": 32, "data.partition": "dirichlet", "data.alpha": 0.1, "data.classes_per_client": 2, "data.num_clients": 10, "data.min_client_size": 10, "data.partition_seed": 0, "data.split_seed": 0, "data.val_fraction": 0.1, "data.test_fraction": 0.2, "data.public_fraction": 0.1, "data.generator_size": "cpu", "data.max_train": 5000, "data.max_eval": null, "data.data_dir": "/work/shared/data", "data.cache_dir": "/work/main/.cache/fblbench", "data.download": false, "train.model": "simple_cnn", "train.rounds": 200, "train.participation": 1.0, "train.local_epochs": 10, "train.batch_size": 64, "train.lr": 0.01, "train.momentum": 0.9, "train.lr_schedule": "constant", "train.weight_decay": 1e-05, "train.clip_grad_norm": 10.0, "train.test_every": 5, "train.seed": 0, "train.device": "auto", "train.threads": 1, "train.augment": "crop_flip", "train.channels_last": true, "train.batch_clients": "auto", "method.server_lr": 1.0, "method.name": "scaffold", "run.kernels": "cpu AVX512, Intel(R) Xeon(R) Processor (family 6 model 207)"}');
INSERT INTO "trial_user_attributes" VALUES(11,2,'seconds','1967.6333575160024');
INSERT INTO "trial_user_attributes" VALUES(12,2,'final_test_acc','0.4754');
INSERT INTO "trial_user_attributes" VALUES(13,2,'best_val_acc','0.4832');
INSERT INTO "trial_user_attributes" VALUES(14,2,'total_synthetic','0.0');
INSERT INTO "trial_user_attributes" VALUES(15,3,'seconds','1843.406358639997');
INSERT INTO "trial_user_attributes" VALUES(16,3,'final_test_acc','0.4658');
INSERT INTO "trial_user_attributes" VALUES(17,3,'best_val_acc','0.47');
INSERT INTO "trial_user_attributes" VALUES(18,3,'total_synthetic','0.0');
CREATE TABLE trial_values (
	trial_value_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	objective INTEGER NOT NULL, 
	value FLOAT, 
	value_type VARCHAR(7) NOT NULL, 
	PRIMARY KEY (trial_value_id), 
	UNIQUE (trial_id, objective), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_values" VALUES(1,1,0,0.4552,'FINITE');
INSERT INTO "trial_values" VALUES(2,2,0,0.4768,'FINITE');
INSERT INTO "trial_values" VALUES(3,3,0,0.4582,'FINITE');
CREATE TABLE trials (
	trial_id INTEGER NOT NULL, 
	number INTEGER, 
	study_id INTEGER, 
	state VARCHAR(8) NOT NULL, 
	datetime_start DATETIME, 
	datetime_complete DATETIME, 
	PRIMARY KEY (trial_id), 
	FOREIGN KEY(study_id) REFERENCES studies (study_id)
);
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-07 01:54:01.969966','2026-12-07 02:23:49.937008');
INSERT INTO "trials" VALUES(2,0,2,'COMPLETE','2026-12-07 02:55:10.944821','2026-12-07 03:27:58.787746');
INSERT INTO "trials" VALUES(3,0,3,'COMPLETE','2026-12-07 03:23:07.234779','2026-12-07 03:53:50.851866');
CREATE TABLE version_info (
	version_info_id INTEGER NOT NULL, 
	schema_version INTEGER, 
	library_version VARCHAR(256), 
	PRIMARY KEY (version_info_id), 
	CHECK (version_info_id=1)
);
INSERT INTO "version_info" VALUES(1,12,'5.1.0');
CREATE UNIQUE INDEX ix_studies_study_name ON studies (study_name);
CREATE INDEX ix_trials_study_id ON trials (study_id);
COMMIT;
