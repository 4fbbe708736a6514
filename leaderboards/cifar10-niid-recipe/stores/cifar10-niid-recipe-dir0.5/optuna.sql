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
INSERT INTO "studies" VALUES(1,'cifar10-dir0.5-fbl');
INSERT INTO "studies" VALUES(2,'cifar10-dir0.5-fedavg');
INSERT INTO "studies" VALUES(3,'cifar10-dir0.5-fedprox');
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
INSERT INTO "study_user_attributes" VALUES(1,1,'method','"fbl"');
INSERT INTO "study_user_attributes" VALUES(2,1,'dataset','"cifar10"');
INSERT INTO "study_user_attributes" VALUES(3,1,'partition','"dir0.5"');
INSERT INTO "study_user_attributes" VALUES(4,1,'objective','"accuracy"');
INSERT INTO "study_user_attributes" VALUES(5,1,'fblbench_search_space','{"align_lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.1, \"log\": true}}", "align_shared": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [true, false]}}", "align_weight_decay": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.0, \"high\": 0.001, \"log\": false}}", "alignment": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [true, false]}}", "batch_size": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [32, 64, 128]}}", "gen_guidance": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 1.0, \"high\": 5.0, \"log\": false}}", "gen_pool_scale": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [1.0, 2.0, 5.0]}}", "generator": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [\"ddpm\", \"gaussian\"]}}", "local_epochs": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 1, \"high\": 10}}", "lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.05, \"log\": true}}", "p_drop": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.0, \"high\": 0.9, \"log\": false}}", "replay_fraction": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.0, \"high\": 0.5, \"log\": false}}", "replay_period": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 0, \"high\": 10}}", "sampling": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [\"loss\", \"random\"]}}", "share_unlimited": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": 0.1, \"low\": 0.0, \"high\": 1.0, \"log\": false}}"}');
INSERT INTO "study_user_attributes" VALUES(6,2,'method','"fedavg"');
INSERT INTO "study_user_attributes" VALUES(7,2,'dataset','"cifar10"');
INSERT INTO "study_user_attributes" VALUES(8,2,'partition','"dir0.5"');
INSERT INTO "study_user_attributes" VALUES(9,2,'objective','"accuracy"');
INSERT INTO "study_user_attributes" VALUES(10,2,'fblbench_search_space','{"batch_size": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [32, 64, 128]}}", "local_epochs": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 1, \"high\": 10}}", "lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.05, \"log\": true}}"}');
INSERT INTO "study_user_attributes" VALUES(11,3,'method','"fedprox"');
INSERT INTO "study_user_attributes" VALUES(12,3,'dataset','"cifar10"');
INSERT INTO "study_user_attributes" VALUES(13,3,'partition','"dir0.5"');
INSERT INTO "study_user_attributes" VALUES(14,3,'objective','"accuracy"');
INSERT INTO "study_user_attributes" VALUES(15,3,'fblbench_search_space','{"batch_size": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [32, 64, 128]}}", "local_epochs": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 1, \"high\": 10}}", "lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.05, \"log\": true}}", "mu": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 1.0, \"log\": true}}"}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-05 23:23:36.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-05 22:25:53.000000');
INSERT INTO "trial_heartbeats" VALUES(3,3,'2026-12-05 22:55:31.000000');
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
INSERT INTO "trial_intermediate_values" VALUES(1,2,1,0.1432,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(2,2,2,0.1824,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(3,2,3,0.2218,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(4,2,4,0.2798,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(5,2,5,0.2934,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(6,2,6,0.3406,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(7,2,7,0.3462,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(8,2,8,0.3796,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(9,2,9,0.4006,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(10,2,10,0.399,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(11,2,11,0.429,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(12,2,12,0.4246,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(13,2,13,0.4352,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(14,2,14,0.4484,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(15,2,15,0.443,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(16,2,16,0.4574,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(17,2,17,0.4502,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(18,2,18,0.4538,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(19,2,19,0.4668,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(20,2,20,0.4586,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(21,2,21,0.468,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(22,2,22,0.4726,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(23,2,23,0.4788,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(24,2,24,0.4674,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(25,2,25,0.487,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(26,2,26,0.4836,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(27,2,27,0.4784,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(28,2,28,0.4842,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(29,2,29,0.4836,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(30,2,30,0.4812,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(31,2,31,0.4924,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(32,2,32,0.487,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(33,2,33,0.4956,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(34,2,34,0.4954,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(35,2,35,0.4916,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(36,2,36,0.498,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(37,2,37,0.4984,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(38,2,38,0.4938,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(39,2,39,0.5068,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(40,2,40,0.5088,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(41,2,41,0.5028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(42,2,42,0.5068,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(43,2,43,0.5042,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(44,2,44,0.502,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(45,2,45,0.5108,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(46,2,46,0.5172,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(47,2,47,0.5038,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(48,2,48,0.5088,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(49,2,49,0.511,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(50,2,50,0.511,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(51,2,51,0.5124,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(52,2,52,0.5088,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(53,2,53,0.5092,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(54,2,54,0.5086,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(55,2,55,0.5092,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(56,2,56,0.5022,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(57,2,57,0.5072,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(58,2,58,0.5062,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(59,2,59,0.514,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(60,2,60,0.5068,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(61,2,61,0.5132,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(62,2,62,0.5158,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(63,2,63,0.5138,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(64,2,64,0.5092,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(65,2,65,0.509,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(66,2,66,0.5124,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(67,2,67,0.5122,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(68,2,68,0.5046,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(69,2,69,0.51,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(70,2,70,0.5064,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(71,2,71,0.512,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(72,2,72,0.51,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(73,2,73,0.5106,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(74,2,74,0.5058,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(75,2,75,0.5114,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(76,2,76,0.5082,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(77,2,77,0.5126,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(78,2,78,0.504,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(79,2,79,0.5098,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(80,2,80,0.5094,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(81,2,81,0.512,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(82,2,82,0.5028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(83,2,83,0.509,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(84,2,84,0.5192,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(85,2,85,0.497,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(86,2,86,0.5074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(87,2,87,0.5104,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(88,2,88,0.4996,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(89,2,89,0.5048,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(90,2,90,0.5014,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(91,2,91,0.5084,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(92,2,92,0.5014,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(93,2,93,0.5106,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(94,2,94,0.5108,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(95,2,95,0.502,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(96,2,96,0.5054,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(97,2,97,0.5072,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(98,2,98,0.5014,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(99,2,99,0.5056,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(100,2,100,0.5002,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(101,2,101,0.5084,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(102,2,102,0.4986,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(103,2,103,0.5042,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(104,2,104,0.5084,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(105,2,105,0.4972,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(106,2,106,0.5038,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(107,2,107,0.4976,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(108,2,108,0.5028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(109,2,109,0.5028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(110,2,110,0.5074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(111,2,111,0.4962,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(112,2,112,0.5016,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(113,2,113,0.501,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(114,2,114,0.5048,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(115,2,115,0.5078,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(116,2,116,0.5048,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(117,2,117,0.4972,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(118,2,118,0.5014,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(119,2,119,0.4982,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(120,2,120,0.5022,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(121,2,121,0.502,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(122,2,122,0.5002,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(123,2,123,0.5042,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(124,2,124,0.5076,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(125,2,125,0.5052,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(126,2,126,0.5034,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(127,2,127,0.5012,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(128,2,128,0.4992,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(129,2,129,0.4966,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(130,2,130,0.5096,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(131,2,131,0.5098,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(132,2,132,0.4946,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(133,2,133,0.5054,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(134,2,134,0.5044,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(135,2,135,0.5072,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(136,2,136,0.5068,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(137,2,137,0.506,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(138,2,138,0.5052,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(139,2,139,0.4918,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(140,2,140,0.5028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(141,2,141,0.5074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(142,2,142,0.5044,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(143,2,143,0.5034,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(144,2,144,0.5004,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(145,2,145,0.498,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(146,2,146,0.5002,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(147,2,147,0.5036,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(148,2,148,0.5066,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(149,2,149,0.5064,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(150,2,150,0.503,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(151,2,151,0.4984,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(152,2,152,0.5016,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(153,2,153,0.494,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(154,2,154,0.5024,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(155,2,155,0.5038,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(156,2,156,0.4994,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(157,2,157,0.502,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(158,2,158,0.5032,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(159,2,159,0.4988,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(160,2,160,0.4974,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(161,2,161,0.5026,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(162,2,162,0.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(163,2,163,0.4974,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(164,2,164,0.5078,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(165,2,165,0.5022,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(166,2,166,0.5004,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(167,2,167,0.497,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(168,2,168,0.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(169,2,169,0.5114,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(170,2,170,0.5006,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(171,2,171,0.496,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(172,2,172,0.4978,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(173,2,173,0.501,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(174,2,174,0.5032,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(175,2,175,0.4946,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(176,2,176,0.5004,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(177,2,177,0.4998,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(178,2,178,0.5018,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(179,2,179,0.4978,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(180,2,180,0.5004,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(181,2,181,0.5018,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(182,2,182,0.4978,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(183,2,183,0.4912,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(184,2,184,0.5042,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(185,2,185,0.4948,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(186,2,186,0.4986,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(187,2,187,0.5058,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(188,2,188,0.5032,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(189,2,189,0.5046,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(190,2,190,0.5072,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(191,2,191,0.4962,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(192,2,192,0.5066,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(193,2,193,0.5022,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(194,2,194,0.5012,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(195,2,195,0.5018,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(196,2,196,0.4974,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(197,2,197,0.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(198,2,198,0.5044,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(199,2,199,0.5026,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(200,2,200,0.4908,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(201,3,1,0.1402,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(202,3,2,0.1802,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(203,3,3,0.2224,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(204,3,4,0.2792,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(205,3,5,0.2904,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(206,3,6,0.3384,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(207,3,7,0.3406,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(208,3,8,0.3728,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(209,3,9,0.4012,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(210,3,10,0.399,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(211,3,11,0.4274,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(212,3,12,0.4178,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(213,3,13,0.4384,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(214,3,14,0.4366,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(215,3,15,0.4448,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(216,3,16,0.4536,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(217,3,17,0.4474,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(218,3,18,0.4528,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(219,3,19,0.4588,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(220,3,20,0.4666,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(221,3,21,0.467,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(222,3,22,0.4698,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(223,3,23,0.4774,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(224,3,24,0.4714,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(225,3,25,0.4818,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(226,3,26,0.4802,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(227,3,27,0.4792,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(228,3,28,0.4808,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(229,3,29,0.4868,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(230,3,30,0.4762,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(231,3,31,0.4888,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(232,3,32,0.4848,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(233,3,33,0.4942,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(234,3,34,0.4946,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(235,3,35,0.4942,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(236,3,36,0.493,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(237,3,37,0.4948,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(238,3,38,0.4958,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(239,3,39,0.4976,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(240,3,40,0.4992,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(241,3,41,0.4982,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(242,3,42,0.4996,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(243,3,43,0.5064,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(244,3,44,0.5066,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(245,3,45,0.5076,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(246,3,46,0.5082,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(247,3,47,0.5116,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(248,3,48,0.511,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(249,3,49,0.5202,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(250,3,50,0.511,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(251,3,51,0.5162,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(252,3,52,0.5112,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(253,3,53,0.5124,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(254,3,54,0.5106,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(255,3,55,0.51,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(256,3,56,0.5118,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(257,3,57,0.508,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(258,3,58,0.518,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(259,3,59,0.5102,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(260,3,60,0.5086,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(261,3,61,0.519,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(262,3,62,0.5102,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(263,3,63,0.5096,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(264,3,64,0.5042,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(265,3,65,0.5108,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(266,3,66,0.515,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(267,3,67,0.509,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(268,3,68,0.5104,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(269,3,69,0.5112,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(270,3,70,0.5144,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(271,3,71,0.515,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(272,3,72,0.506,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(273,3,73,0.518,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(274,3,74,0.51,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(275,3,75,0.5084,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(276,3,76,0.5028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(277,3,77,0.509,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(278,3,78,0.503,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(279,3,79,0.5054,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(280,3,80,0.503,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(281,3,81,0.5066,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(282,3,82,0.5062,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(283,3,83,0.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(284,3,84,0.4988,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(285,3,85,0.5024,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(286,3,86,0.4946,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(287,3,87,0.5074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(288,3,88,0.5064,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(289,3,89,0.5082,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(290,3,90,0.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(291,3,91,0.5002,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(292,3,92,0.4982,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(293,3,93,0.4966,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(294,3,94,0.5038,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(295,3,95,0.5018,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(296,3,96,0.5004,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(297,3,97,0.5038,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(298,3,98,0.4992,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(299,3,99,0.5046,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(300,3,100,0.5064,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(301,3,101,0.5132,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(302,3,102,0.5034,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(303,3,103,0.5068,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(304,3,104,0.5034,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(305,3,105,0.4966,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(306,3,106,0.4988,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(307,3,107,0.4982,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(308,3,108,0.5008,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(309,3,109,0.5108,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(310,3,110,0.5036,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(311,3,111,0.504,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(312,3,112,0.5054,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(313,3,113,0.512,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(314,3,114,0.5016,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(315,3,115,0.5058,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(316,3,116,0.501,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(317,3,117,0.498,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(318,3,118,0.5042,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(319,3,119,0.505,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(320,3,120,0.5034,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(321,3,121,0.5036,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(322,3,122,0.499,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(323,3,123,0.5022,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(324,3,124,0.5064,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(325,3,125,0.5056,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(326,3,126,0.5024,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(327,3,127,0.5108,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(328,3,128,0.5012,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(329,3,129,0.4994,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(330,3,130,0.499,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(331,3,131,0.5026,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(332,3,132,0.4984,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(333,3,133,0.5048,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(334,3,134,0.5002,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(335,3,135,0.5022,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(336,3,136,0.5076,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(337,3,137,0.504,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(338,3,138,0.4976,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(339,3,139,0.4928,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(340,3,140,0.4984,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(341,3,141,0.501,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(342,3,142,0.496,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(343,3,143,0.505,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(344,3,144,0.498,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(345,3,145,0.5014,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(346,3,146,0.5052,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(347,3,147,0.4978,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(348,3,148,0.4996,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(349,3,149,0.5032,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(350,3,150,0.4974,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(351,3,151,0.4912,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(352,3,152,0.4952,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(353,3,153,0.499,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(354,3,154,0.4962,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(355,3,155,0.4928,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(356,3,156,0.4956,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(357,3,157,0.4942,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(358,3,158,0.489,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(359,3,159,0.488,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(360,3,160,0.4802,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(361,3,161,0.495,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(362,3,162,0.4896,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(363,3,163,0.5002,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(364,3,164,0.4976,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(365,3,165,0.4992,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(366,3,166,0.4962,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(367,3,167,0.496,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(368,3,168,0.4956,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(369,3,169,0.504,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(370,3,170,0.4986,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(371,3,171,0.4928,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(372,3,172,0.494,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(373,3,173,0.4944,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(374,3,174,0.5,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(375,3,175,0.497,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(376,3,176,0.4874,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(377,3,177,0.4902,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(378,3,178,0.4908,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(379,3,179,0.4856,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(380,3,180,0.4932,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(381,3,181,0.4876,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(382,3,182,0.4942,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(383,3,183,0.4978,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(384,3,184,0.4954,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(385,3,185,0.488,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(386,3,186,0.487,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(387,3,187,0.4892,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(388,3,188,0.486,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(389,3,189,0.4858,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(390,3,190,0.493,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(391,3,191,0.4892,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(392,3,192,0.4926,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(393,1,1,0.1748,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(394,3,193,0.4888,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(395,1,2,0.2708,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(396,3,194,0.4936,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(397,1,3,0.3278,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(398,3,195,0.4932,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(399,1,4,0.3678,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(400,3,196,0.4982,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(401,1,5,0.3826,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(402,3,197,0.4956,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(403,1,6,0.399,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(404,3,198,0.4914,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(405,1,7,0.4126,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(406,3,199,0.4866,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(407,1,8,0.4366,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(408,3,200,0.4962,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(409,1,9,0.4498,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(410,1,10,0.4536,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(411,1,11,0.4456,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(412,1,12,0.4532,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(413,1,13,0.464,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(414,1,14,0.4806,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(415,1,15,0.4752,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(416,1,16,0.4824,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(417,1,17,0.4776,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(418,1,18,0.4862,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(419,1,19,0.4906,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(420,1,20,0.4966,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(421,1,21,0.4868,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(422,1,22,0.4916,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(423,1,23,0.4954,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(424,1,24,0.5018,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(425,1,25,0.5058,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(426,1,26,0.4958,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(427,1,27,0.5142,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(428,1,28,0.5046,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(429,1,29,0.5106,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(430,1,30,0.5028,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(431,1,31,0.5118,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(432,1,32,0.5082,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(433,1,33,0.5144,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(434,1,34,0.5116,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(435,1,35,0.512,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(436,1,36,0.508,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(437,1,37,0.5158,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(438,1,38,0.5134,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(439,1,39,0.517,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(440,1,40,0.5224,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(441,1,41,0.517,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(442,1,42,0.5218,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(443,1,43,0.5184,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(444,1,44,0.5232,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(445,1,45,0.5294,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(446,1,46,0.5228,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(447,1,47,0.5172,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(448,1,48,0.5244,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(449,1,49,0.5196,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(450,1,50,0.5214,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(451,1,51,0.524,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(452,1,52,0.5236,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(453,1,53,0.5216,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(454,1,54,0.52,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(455,1,55,0.5274,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(456,1,56,0.5234,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(457,1,57,0.529,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(458,1,58,0.52,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(459,1,59,0.5142,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(460,1,60,0.522,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(461,1,61,0.5108,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(462,1,62,0.5294,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(463,1,63,0.5164,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(464,1,64,0.5172,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(465,1,65,0.5222,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(466,1,66,0.5246,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(467,1,67,0.5256,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(468,1,68,0.5252,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(469,1,69,0.516,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(470,1,70,0.5208,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(471,1,71,0.5134,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(472,1,72,0.528,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(473,1,73,0.5172,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(474,1,74,0.5206,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(475,1,75,0.5218,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(476,1,76,0.515,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(477,1,77,0.5244,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(478,1,78,0.5156,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(479,1,79,0.5252,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(480,1,80,0.5276,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(481,1,81,0.517,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(482,1,82,0.5208,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(483,1,83,0.5106,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(484,1,84,0.5178,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(485,1,85,0.5224,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(486,1,86,0.5194,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(487,1,87,0.5214,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(488,1,88,0.52,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(489,1,89,0.5212,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(490,1,90,0.5208,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(491,1,91,0.5172,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(492,1,92,0.5194,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(493,1,93,0.5206,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(494,1,94,0.5212,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(495,1,95,0.5198,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(496,1,96,0.5212,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(497,1,97,0.5252,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(498,1,98,0.5162,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(499,1,99,0.5234,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(500,1,100,0.514,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(501,1,101,0.5126,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(502,1,102,0.523,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(503,1,103,0.5192,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(504,1,104,0.5162,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(505,1,105,0.529,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(506,1,106,0.5194,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(507,1,107,0.523,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(508,1,108,0.5118,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(509,1,109,0.5208,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(510,1,110,0.5154,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(511,1,111,0.527,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(512,1,112,0.5144,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(513,1,113,0.513,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(514,1,114,0.5268,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(515,1,115,0.518,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(516,1,116,0.516,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(517,1,117,0.5188,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(518,1,118,0.518,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(519,1,119,0.5172,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(520,1,120,0.5262,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(521,1,121,0.518,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(522,1,122,0.5232,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(523,1,123,0.524,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(524,1,124,0.5316,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(525,1,125,0.5198,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(526,1,126,0.5252,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(527,1,127,0.5176,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(528,1,128,0.5286,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(529,1,129,0.519,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(530,1,130,0.5296,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(531,1,131,0.5196,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(532,1,132,0.526,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(533,1,133,0.5146,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(534,1,134,0.5192,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(535,1,135,0.5182,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(536,1,136,0.5248,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(537,1,137,0.5196,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(538,1,138,0.5172,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(539,1,139,0.5178,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(540,1,140,0.5298,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(541,1,141,0.5166,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(542,1,142,0.5254,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(543,1,143,0.5192,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(544,1,144,0.5236,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(545,1,145,0.5192,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(546,1,146,0.5196,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(547,1,147,0.5248,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(548,1,148,0.527,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(549,1,149,0.5194,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(550,1,150,0.5216,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(551,1,151,0.5262,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(552,1,152,0.5268,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(553,1,153,0.5244,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(554,1,154,0.5186,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(555,1,155,0.5258,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(556,1,156,0.5194,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(557,1,157,0.5196,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(558,1,158,0.5212,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(559,1,159,0.5314,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(560,1,160,0.53,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(561,1,161,0.5228,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(562,1,162,0.5202,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(563,1,163,0.5224,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(564,1,164,0.5192,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(565,1,165,0.5212,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(566,1,166,0.5244,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(567,1,167,0.5178,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(568,1,168,0.526,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(569,1,169,0.5176,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(570,1,170,0.5238,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(571,1,171,0.5196,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(572,1,172,0.5292,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(573,1,173,0.5192,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(574,1,174,0.5168,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(575,1,175,0.5288,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(576,1,176,0.5238,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(577,1,177,0.5224,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(578,1,178,0.5142,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(579,1,179,0.5242,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(580,1,180,0.5262,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(581,1,181,0.5176,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(582,1,182,0.5228,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(583,1,183,0.5258,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(584,1,184,0.5218,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(585,1,185,0.5158,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(586,1,186,0.524,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(587,1,187,0.521,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(588,1,188,0.5222,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(589,1,189,0.5196,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(590,1,190,0.5208,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(591,1,191,0.5178,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(592,1,192,0.5212,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(593,1,193,0.5258,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(594,1,194,0.5182,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(595,1,195,0.524,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(596,1,196,0.5264,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(597,1,197,0.5198,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(598,1,198,0.5224,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(599,1,199,0.5232,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(600,1,200,0.528,'FINITE');
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
INSERT INTO "trial_params" VALUES(4,1,'replay_period',5.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 0, "high": 10}}');
INSERT INTO "trial_params" VALUES(5,1,'replay_fraction',0.1,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 0.5, "log": false}}');
INSERT INTO "trial_params" VALUES(6,1,'generator',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["ddpm", "gaussian"]}}');
INSERT INTO "trial_params" VALUES(7,1,'gen_guidance',1.0,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 1.0, "high": 5.0, "log": false}}');
INSERT INTO "trial_params" VALUES(8,1,'gen_pool_scale',2.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [1.0, 2.0, 5.0]}}');
INSERT INTO "trial_params" VALUES(9,1,'alignment',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [true, false]}}');
INSERT INTO "trial_params" VALUES(10,1,'align_lr',0.01,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.001, "high": 0.1, "log": true}}');
INSERT INTO "trial_params" VALUES(11,1,'align_weight_decay',0.0001,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 0.001, "log": false}}');
INSERT INTO "trial_params" VALUES(12,1,'align_shared',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [true, false]}}');
INSERT INTO "trial_params" VALUES(13,1,'p_drop',0.5,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.0, "high": 0.9, "log": false}}');
INSERT INTO "trial_params" VALUES(14,1,'sampling',0.0,'{"name": "CategoricalDistribution", "attributes": {"choices": ["loss", "random"]}}');
INSERT INTO "trial_params" VALUES(15,1,'share_unlimited',0.0,'{"name": "FloatDistribution", "attributes": {"step": 0.1, "low": 0.0, "high": 1.0, "log": false}}');
INSERT INTO "trial_params" VALUES(16,2,'lr',0.01,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.001, "high": 0.05, "log": true}}');
INSERT INTO "trial_params" VALUES(17,2,'local_epochs',10.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 10}}');
INSERT INTO "trial_params" VALUES(18,2,'batch_size',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [32, 64, 128]}}');
INSERT INTO "trial_params" VALUES(19,3,'lr',0.01,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.001, "high": 0.05, "log": true}}');
INSERT INTO "trial_params" VALUES(20,3,'local_epochs',10.0,'{"name": "IntDistribution", "attributes": {"log": false, "step": 1, "low": 1, "high": 10}}');
INSERT INTO "trial_params" VALUES(21,3,'batch_size',1.0,'{"name": "CategoricalDistribution", "attributes": {"choices": [32, 64, 128]}}');
INSERT INTO "trial_params" VALUES(22,3,'mu',0.01,'{"name": "FloatDistribution", "attributes": {"step": null, "low": 0.001, "high": 1.0, "log": true}}');
CREATE TABLE trial_system_attributes (
	trial_system_attribute_id INTEGER NOT NULL, 
	trial_id INTEGER, 
	"key" VARCHAR(512), 
	value_json TEXT, 
	PRIMARY KEY (trial_system_attribute_id), 
	UNIQUE (trial_id, "key"), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_system_attributes" VALUES(1,1,'fixed_params','{"lr": 0.01, "local_epochs": 10, "batch_size": 64, "replay_period": 5, "replay_fraction": 0.1, "generator": "ddpm", "gen_guidance": 1.0, "gen_pool_scale": 5.0, "alignment": true, "align_lr": 0.01, "align_weight_decay": 0.0001, "align_shared": true, "p_drop": 0.5, "sampling": "loss", "share_unlimited": 0.0}');
INSERT INTO "trial_system_attributes" VALUES(2,2,'fixed_params','{"lr": 0.01, "local_epochs": 10, "batch_size": 64}');
INSERT INTO "trial_system_attributes" VALUES(3,3,'fixed_params','{"lr": 0.01, "local_epochs": 10, "batch_size": 64, "mu": 0.01}');
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
INSERT INTO "trial_user_attributes" VALUES(2,2,'fblbench_default','true');
INSERT INTO "trial_user_attributes" VALUES(3,1,'config','{"data.dataset": "cifar10", "data.resolution": 32, "data.partition": "dirichlet", "data.alpha": 0.5, "data.classes_per_client": 2, "data.num_clients": 10, "data.min_client_size": 10, "data.partition_seed": 0, "data.split_seed": 0, "data.val_fraction": 0.1, "data.test_fraction": 0.2, "data.public_fraction": 0.1, "data.generator_size": "cpu", "data.max_train": 5000, "data.max_eval": null, "data.data_dir": "/work/shared/data", "data.cache_dir": "/work/main/.cache/fblbench", "data.download": false, "train.model": "simple_cnn", "train.rounds": 200, "train.participation": 1.0, "train.local_epochs": 10, "train.batch_size": 64, "train.lr": 0.01, "train.momentum": 0.9, "train.lr_schedule": "constant", "train.weight_decay": 1e-05, "train.clip_grad_norm": 10.0, "train.test_every": 5, "train.seed": 0, "train.device": "auto", "train.threads": 1, "train.augment": "crop_flip", "train.channels_last": true, "train.batch_clients": "auto", "method.balancing": true, "method.sampling": "loss", "method.replay_period": 5, "method.replay_fraction": 0.1, "method.filling": true, "method.alignment": true, "method.align_lr": 0.01, "method.align_weight_decay": 0.0001, "method.align_shared": true, "method.p_drop": 0.5, "method.share_unlimited": 0.0, "method.share_no_generator": 0.0, "method.generator": "ddpm", "method.gen_train_steps": 2000, "method.gen_finetune_steps": 0, "method.gen_local_steps": 10, "method.gen_width": 32, "method.gen_sampling_steps": 20, "method.gen_guidance": 1.0, "method.gen_pool_size": 1000, "method.gen_pool_scale": 5.0, "method.gen_img2img_strength": 0.0, "method.gen_pretrained_model": "", "method.gen_prompt_template": "", "method.redraw_synthetic": true, "method.gen_seed": 0, "method.name": "fbl", "run.kernels": "cpu AVX512, AMD EPYC (family 25 model 17)"}');
INSERT INTO "trial_user_attributes" VALUES(4,2,'config','{"data.dataset": "cifar10", "data.resolution": 32, "data.partition": "dirichlet", "data.alpha": 0.5, "data.classes_per_client": 2, "data.num_clients": 10, "data.min_client_size": 10, "data.partition_seed": 0, "data.split_seed": 0, "data.val_fraction": 0.1, "data.test_fraction": 0.2, "data.public_fraction": 0.1, "data.generator_size": "cpu", "data.max_train": 5000, "data.max_eval": null, "data.data_dir": "/work/shared/data", "data.cache_dir": "/work/main/.cache/fblbench", "data.download": false, "train.model": "simple_cnn", "train.rounds": 200, "train.participation": 1.0, "train.local_epochs": 10, "train.batch_size": 64, "train.lr": 0.01, "train.momentum": 0.9, "train.lr_schedule": "constant", "train.weight_decay": 1e-05, "train.clip_grad_norm": 10.0, "train.test_every": 5, "train.seed": 0, "train.device": "auto", "train.threads": 1, "train.augment": "crop_flip", "train.channels_last": true, "train.batch_clients": "auto", "method.name": "fedavg", "run.kernels": "cpu AVX512, AMD EPYC (family 25 model 17)"}');
INSERT INTO "trial_user_attributes" VALUES(5,2,'seconds','1708.5376354789998');
INSERT INTO "trial_user_attributes" VALUES(6,2,'final_test_acc','0.4889');
INSERT INTO "trial_user_attributes" VALUES(7,2,'best_val_acc','0.5192');
INSERT INTO "trial_user_attributes" VALUES(8,2,'total_synthetic','0.0');
INSERT INTO "trial_user_attributes" VALUES(9,3,'fblbench_default','true');
INSERT INTO "trial_user_attributes" VALUES(10,3,'config','{"data.dataset": "cifar10", "data.resolution": 32, "data.partition": "dirichlet", "data.alpha": 0.5, "data.classes_per_client": 2, "data.num_clients": 10, "data.min_client_size": 10, "data.partition_seed": 0, "data.split_seed": 0, "data.val_fraction": 0.1, "data.test_fraction": 0.2, "data.public_fraction": 0.1, "data.generator_size": "cpu", "data.max_train": 5000, "data.max_eval": null, "data.data_dir": "/work/shared/data", "data.cache_dir": "/work/main/.cache/fblbench", "data.download": false, "train.model": "simple_cnn", "train.rounds": 200, "train.participation": 1.0, "train.local_epochs": 10, "train.batch_size": 64, "train.lr": 0.01, "train.momentum": 0.9, "train.lr_schedule": "constant", "train.weight_decay": 1e-05, "train.clip_grad_norm": 10.0, "train.test_every": 5, "train.seed": 0, "train.device": "auto", "train.threads": 1, "train.augment": "crop_flip", "train.channels_last": true, "train.batch_clients": "auto", "method.mu": 0.01, "method.name": "fedprox", "run.kernels": "cpu AVX512, AMD EPYC (family 25 model 17)"}');
INSERT INTO "trial_user_attributes" VALUES(11,3,'seconds','1762.2184883429998');
INSERT INTO "trial_user_attributes" VALUES(12,3,'final_test_acc','0.4994');
INSERT INTO "trial_user_attributes" VALUES(13,3,'best_val_acc','0.5202');
INSERT INTO "trial_user_attributes" VALUES(14,3,'total_synthetic','0.0');
INSERT INTO "trial_user_attributes" VALUES(15,1,'seconds','5166.647800994');
INSERT INTO "trial_user_attributes" VALUES(16,1,'final_test_acc','0.5214');
INSERT INTO "trial_user_attributes" VALUES(17,1,'best_val_acc','0.5316');
INSERT INTO "trial_user_attributes" VALUES(18,1,'total_synthetic','505800.0');
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
INSERT INTO "trial_values" VALUES(1,2,0,0.4908,'FINITE');
INSERT INTO "trial_values" VALUES(2,3,0,0.4962,'FINITE');
INSERT INTO "trial_values" VALUES(3,1,0,0.528,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-05 21:57:32.428168','2026-12-05 23:23:40.800268');
INSERT INTO "trials" VALUES(2,0,2,'COMPLETE','2026-12-05 21:57:32.515065','2026-12-05 22:26:02.017014');
INSERT INTO "trials" VALUES(3,0,3,'COMPLETE','2026-12-05 22:26:10.001577','2026-12-05 22:55:32.418114');
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
