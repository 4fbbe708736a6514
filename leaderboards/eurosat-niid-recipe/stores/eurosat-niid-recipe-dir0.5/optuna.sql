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
INSERT INTO "studies" VALUES(1,'eurosat-dir0.5-fbl');
INSERT INTO "studies" VALUES(2,'eurosat-dir0.5-fedavg');
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
INSERT INTO "study_user_attributes" VALUES(2,1,'dataset','"eurosat"');
INSERT INTO "study_user_attributes" VALUES(3,1,'partition','"dir0.5"');
INSERT INTO "study_user_attributes" VALUES(4,1,'objective','"accuracy"');
INSERT INTO "study_user_attributes" VALUES(5,1,'fblbench_search_space','{"align_lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.1, \"log\": true}}", "align_shared": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [true, false]}}", "align_weight_decay": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.0, \"high\": 0.001, \"log\": false}}", "alignment": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [true, false]}}", "batch_size": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [32, 64, 128]}}", "gen_guidance": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 1.0, \"high\": 5.0, \"log\": false}}", "gen_pool_scale": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [1.0, 2.0, 5.0]}}", "generator": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [\"ddpm\", \"gaussian\"]}}", "local_epochs": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 1, \"high\": 10}}", "lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.05, \"log\": true}}", "p_drop": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.0, \"high\": 0.9, \"log\": false}}", "replay_fraction": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.0, \"high\": 0.5, \"log\": false}}", "replay_period": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 0, \"high\": 10}}", "sampling": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [\"loss\", \"random\"]}}", "share_unlimited": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": 0.1, \"low\": 0.0, \"high\": 1.0, \"log\": false}}"}');
INSERT INTO "study_user_attributes" VALUES(6,2,'method','"fedavg"');
INSERT INTO "study_user_attributes" VALUES(7,2,'dataset','"eurosat"');
INSERT INTO "study_user_attributes" VALUES(8,2,'partition','"dir0.5"');
INSERT INTO "study_user_attributes" VALUES(9,2,'objective','"accuracy"');
INSERT INTO "study_user_attributes" VALUES(10,2,'fblbench_search_space','{"batch_size": "{\"name\": \"CategoricalDistribution\", \"attributes\": {\"choices\": [32, 64, 128]}}", "local_epochs": "{\"name\": \"IntDistribution\", \"attributes\": {\"log\": false, \"step\": 1, \"low\": 1, \"high\": 10}}", "lr": "{\"name\": \"FloatDistribution\", \"attributes\": {\"step\": null, \"low\": 0.001, \"high\": 0.05, \"log\": true}}"}');
CREATE TABLE trial_heartbeats (
	trial_heartbeat_id INTEGER NOT NULL, 
	trial_id INTEGER NOT NULL, 
	heartbeat DATETIME NOT NULL, 
	PRIMARY KEY (trial_heartbeat_id), 
	UNIQUE (trial_id), 
	FOREIGN KEY(trial_id) REFERENCES trials (trial_id)
);
INSERT INTO "trial_heartbeats" VALUES(1,1,'2026-12-06 02:41:49.000000');
INSERT INTO "trial_heartbeats" VALUES(2,2,'2026-12-06 01:43:45.000000');
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
INSERT INTO "trial_intermediate_values" VALUES(1,2,1,2.655555555555555447e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(2,2,2,3.46296296296296268746e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(3,2,3,3.91851851851851840091e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(4,2,4,4.45185185185185183787e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(5,2,5,4.94814814814814818433e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(6,2,6,5.311111111111110894e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(7,2,7,5.70740740740740770675e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(8,2,8,5.67407407407407360366e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(9,2,9,6.04074074074074096607e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(10,2,10,5.88148148148148197655e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(11,2,11,6.41851851851851895602e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(12,2,12,5.98518518518518560789e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(13,2,13,6.51111111111111084959e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(14,2,14,6.28888888888888941686e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(15,2,15,6.6888888888888886619e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(16,2,16,6.77407407407407458066e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(17,2,17,6.92222222222222183241e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(18,2,18,6.85185185185185230416e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(19,2,19,6.77777777777777812318e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(20,2,20,6.92592592592592537492e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(21,2,21,0.695925925925926,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(22,2,22,6.98888888888888892836e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(23,2,23,6.98518518518518538584e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(24,2,24,0.707037037037037,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(25,2,25,0.715925925925926,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(26,2,26,7.03703703703703720151e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(27,2,27,7.05555555555555602431e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(28,2,28,7.15185185185185146039e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(29,2,29,7.02592592592592546374e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(30,2,30,7.17777777777777736822e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(31,2,31,7.25185185185185154921e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(32,2,32,7.29629629629629627984e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(33,2,33,7.35555555555555518054e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(34,2,34,7.39629629629629636866e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(35,2,35,7.32962962962962927271e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(36,2,36,7.24814814814814800669e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(37,2,37,7.32962962962962927271e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(38,2,38,7.28888888888888919481e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(39,2,39,7.32592592592592573019e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(40,2,40,7.35925925925925872306e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(41,2,41,7.38148148148148108838e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(42,2,42,0.737037037037037,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(43,2,43,7.28888888888888919481e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(44,2,44,7.37777777777777754586e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(45,2,45,7.3629629629629633758e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(46,2,46,7.46296296296296346461e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(47,2,47,7.54814814814814827315e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(48,2,48,7.35555555555555518054e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(49,2,49,7.48888888888888937245e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(50,2,50,7.47777777777777763468e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(51,2,51,7.47407407407407409216e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(52,2,52,7.44444444444444464181e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(53,2,53,7.38888888888888928363e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(54,2,54,7.45555555555555526936e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(55,2,55,7.31481481481481510265e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(56,2,56,7.39259259259259282615e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(57,2,57,7.46666666666666700713e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(58,2,58,7.54074074074074118811e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(59,2,59,7.50740740740740708503e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(60,2,60,7.49259259259259291496e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(61,2,61,7.38518518518518463089e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(62,2,62,7.62222222222222245413e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(63,2,63,7.56296296296296244321e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(64,2,64,7.39259259259259282615e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(65,2,65,7.49259259259259291496e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(66,2,66,7.54444444444444473063e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(67,2,67,7.56666666666666709595e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(68,2,68,7.55555555555555535818e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(69,2,69,7.41851851851851873398e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(70,2,70,7.49259259259259291496e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(71,2,71,7.44814814814814818433e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(72,2,72,7.52222222222222236531e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(73,2,73,7.43333333333333290404e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(74,2,74,7.55185185185185181566e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(75,2,75,7.6148148148148153691e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(76,2,76,7.54074074074074118811e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(77,2,77,7.5777777777777777235e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(78,2,78,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(79,2,79,7.42962962962962936153e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(80,2,80,7.54814814814814827315e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(81,2,81,7.59259259259259300378e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(82,2,82,7.46666666666666700713e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(83,2,83,0.752962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(84,2,84,7.55925925925925890069e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(85,2,85,7.53703703703703653538e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(86,2,86,7.54444444444444473063e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(87,2,87,7.63703703703703662419e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(88,2,88,7.65185185185185190448e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(89,2,89,7.60370370370370363133e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(90,2,90,7.56666666666666709595e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(91,2,91,7.58888888888888835104e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(92,2,92,7.43703703703703755678e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(93,2,93,7.6148148148148153691e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(94,2,94,7.50740740740740708503e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(95,2,95,7.55925925925925890069e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(96,2,96,7.60740740740740717384e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(97,2,97,7.51481481481481528028e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(98,2,98,7.62222222222222245413e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(99,2,99,7.46296296296296346461e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(100,2,100,7.57407407407407418098e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(101,2,101,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(102,2,102,7.51111111111111062754e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(103,2,103,7.58148148148148126601e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(104,2,104,0.752962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(105,2,105,7.50740740740740708503e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(106,2,106,7.54814814814814827315e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(107,2,107,7.54074074074074118811e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(108,2,108,0.75,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(109,2,109,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(110,2,110,7.57407407407407418098e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(111,2,111,7.65185185185185190448e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(112,2,112,7.54074074074074118811e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(113,2,113,7.60370370370370363133e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(114,2,114,7.55185185185185181566e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(115,2,115,7.58888888888888835104e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(116,2,116,7.59259259259259300378e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(117,2,117,7.64074074074074127693e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(118,2,118,7.55925925925925890069e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(119,2,119,7.46666666666666700713e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(120,2,120,7.51481481481481528028e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(121,2,121,0.762962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(122,2,122,7.50740740740740708503e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(123,2,123,7.59259259259259300378e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(124,2,124,0.75,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(125,2,125,7.49259259259259291496e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(126,2,126,7.44814814814814818433e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(127,2,127,7.52592592592592590783e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(128,2,128,7.52222222222222236531e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(129,2,129,7.5185185185185188228e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(130,2,130,7.58518518518518480853e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(131,2,131,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(132,2,132,7.55185185185185181566e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(133,2,133,7.46296296296296346461e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(134,2,134,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(135,2,135,7.53703703703703653538e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(136,2,136,7.54074074074074118811e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(137,2,137,7.54444444444444473063e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(138,2,138,0.752962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(139,2,139,7.49629629629629645748e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(140,2,140,7.59259259259259300378e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(141,2,141,7.46666666666666700713e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(142,2,142,7.60740740740740717384e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(143,2,143,7.49629629629629645748e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(144,2,144,7.51111111111111062754e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(145,2,145,0.752962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(146,2,146,7.51481481481481528028e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(147,2,147,7.54074074074074118811e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(148,2,148,7.52592592592592590783e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(149,2,149,7.51481481481481528028e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(150,2,150,7.52222222222222236531e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(151,2,151,7.54814814814814827315e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(152,2,152,7.62222222222222245413e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(153,2,153,7.54814814814814827315e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(154,2,154,7.59259259259259300378e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(155,2,155,7.56296296296296244321e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(156,2,156,7.5777777777777777235e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(157,2,157,7.56296296296296244321e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(158,2,158,7.48888888888888937245e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(159,2,159,7.52592592592592590783e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(160,2,160,7.53703703703703653538e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(161,2,161,7.61111111111111071636e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(162,2,162,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(163,2,163,7.55555555555555535818e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(164,2,164,0.752962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(165,2,165,7.55925925925925890069e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(166,2,166,7.63333333333333308168e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(167,2,167,7.53333333333333299286e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(168,2,168,7.57037037037037063846e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(169,2,169,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(170,2,170,7.56666666666666709595e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(171,2,171,7.58148148148148126601e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(172,2,172,7.49629629629629645748e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(173,2,173,7.58518518518518480853e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(174,2,174,7.55185185185185181566e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(175,2,175,7.60370370370370363133e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(176,2,176,7.60740740740740717384e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(177,2,177,7.58518518518518480853e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(178,2,178,7.61111111111111071636e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(179,2,179,7.64444444444444481945e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(180,2,180,7.66296296296296253203e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(181,2,181,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(182,2,182,7.56296296296296244321e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(183,2,183,7.5962962962962965463e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(184,2,184,7.42222222222222227649e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(185,2,185,7.55925925925925890069e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(186,2,186,7.64444444444444481945e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(187,2,187,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(188,2,188,7.54814814814814827315e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(189,2,189,7.52592592592592590783e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(190,2,190,7.55925925925925890069e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(191,2,191,7.56666666666666709595e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(192,2,192,7.5962962962962965463e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(193,2,193,7.59259259259259300378e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(194,2,194,7.61111111111111071636e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(195,2,195,7.51481481481481528028e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(196,2,196,7.57037037037037063846e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(197,2,197,7.58518518518518480853e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(198,2,198,7.58148148148148126601e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(199,2,199,7.62222222222222245413e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(200,2,200,7.52592592592592590783e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(201,1,1,2.99259259259259280394e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(202,1,2,0.38,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(203,1,3,4.32592592592592584122e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(204,1,4,4.87777777777777754586e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(205,1,5,5.8740740740740737813e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(206,1,6,5.68518518518518534143e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(207,1,7,5.96296296296296324257e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(208,1,8,5.8740740740740737813e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(209,1,9,6.72222222222222276499e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(210,1,10,6.81851851851851820107e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(211,1,11,0.674074074074074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(212,1,12,0.687037037037037,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(213,1,13,6.64814814814814858401e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(214,1,14,6.88518518518518529702e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(215,1,15,6.96666666666666656304e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(216,1,16,7.04074074074074074403e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(217,1,17,6.78518518518518520821e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(218,1,18,6.94814814814814774024e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(219,1,19,6.87407407407407355925e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(220,1,20,0.71,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(221,1,21,7.22962962962962918389e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(222,1,22,7.00370370370370420864e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(223,1,23,7.11481481481481492501e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(224,1,24,7.25555555555555509172e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(225,1,25,7.26296296296296328698e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(226,1,26,7.20370370370370327606e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(227,1,27,7.28148148148148099956e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(228,1,28,7.39259259259259282615e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(229,1,29,7.35555555555555518054e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(230,1,30,7.31111111111111156013e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(231,1,31,7.31111111111111156013e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(232,1,32,7.2851851851851856523e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(233,1,33,7.35185185185185163803e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(234,1,34,7.35185185185185163803e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(235,1,35,0.737037037037037,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(236,1,36,0.727037037037037,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(237,1,37,0.737037037037037,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(238,1,38,7.41111111111111164895e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(239,1,39,7.31481481481481510265e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(240,1,40,7.39629629629629636866e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(241,1,41,7.34074074074074101048e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(242,1,42,7.39259259259259282615e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(243,1,43,7.34814814814814809551e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(244,1,44,7.43703703703703755678e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(245,1,45,7.48518518518518471971e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(246,1,46,7.36666666666666691831e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(247,1,47,7.45925925925925881188e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(248,1,48,7.35925925925925872306e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(249,1,49,7.41111111111111164895e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(250,1,50,7.46666666666666700713e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(251,1,51,7.5185185185185188228e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(252,1,52,7.50370370370370354251e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(253,1,53,7.47777777777777763468e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(254,1,54,7.52222222222222236531e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(255,1,55,7.54444444444444473063e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(256,1,56,7.54814814814814827315e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(257,1,57,7.49259259259259291496e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(258,1,58,7.60370370370370363133e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(259,1,59,7.38148148148148108838e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(260,1,60,7.60370370370370363133e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(261,1,61,7.48888888888888937245e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(262,1,62,0.76,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(263,1,63,7.48888888888888937245e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(264,1,64,7.61111111111111071636e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(265,1,65,7.68148148148148135483e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(266,1,66,7.56296296296296244321e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(267,1,67,7.61111111111111071636e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(268,1,68,7.61851851851851891161e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(269,1,69,7.54444444444444473063e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(270,1,70,7.58518518518518480853e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(271,1,71,0.762962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(272,1,72,7.47407407407407409216e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(273,1,73,7.49259259259259291496e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(274,1,74,7.49259259259259291496e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(275,1,75,7.63703703703703662419e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(276,1,76,7.56296296296296244321e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(277,1,77,7.5962962962962965463e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(278,1,78,7.59259259259259300378e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(279,1,79,7.53703703703703653538e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(280,1,80,7.60370370370370363133e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(281,1,81,7.65185185185185190448e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(282,1,82,7.54074074074074118811e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(283,1,83,7.54814814814814827315e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(284,1,84,7.58888888888888835104e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(285,1,85,7.70740740740740726266e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(286,1,86,7.62592592592592599665e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(287,1,87,7.60370370370370363133e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(288,1,88,7.71851851851851900043e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(289,1,89,7.52222222222222236531e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(290,1,90,7.66296296296296253203e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(291,1,91,7.5962962962962965463e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(292,1,92,7.65925925925925898951e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(293,1,93,7.72592592592592608546e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(294,1,94,7.64444444444444481945e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(295,1,95,7.67777777777777781231e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(296,1,96,0.76,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(297,1,97,7.55555555555555535818e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(298,1,98,7.70740740740740726266e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(299,1,99,7.68148148148148135483e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(300,1,100,7.70740740740740726266e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(301,1,101,7.72222222222222254295e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(302,1,102,7.70370370370370372015e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(303,1,103,7.65925925925925898951e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(304,1,104,0.77,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(305,1,105,7.6925925925925930926e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(306,1,106,7.68148148148148135483e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(307,1,107,7.70370370370370372015e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(308,1,108,7.64074074074074127693e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(309,1,109,7.64074074074074127693e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(310,1,110,0.762962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(311,1,111,7.63703703703703662419e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(312,1,112,7.63333333333333308168e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(313,1,113,7.69629629629629663511e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(314,1,114,7.68888888888888843986e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(315,1,115,7.68888888888888843986e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(316,1,116,7.78518518518518498616e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(317,1,117,7.71481481481481434769e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(318,1,118,0.772962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(319,1,119,7.63703703703703662419e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(320,1,120,7.70740740740740726266e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(321,1,121,7.61851851851851891161e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(322,1,122,7.63703703703703662419e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(323,1,123,7.78148148148148144365e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(324,1,124,7.65925925925925898951e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(325,1,125,7.63333333333333308168e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(326,1,126,7.78888888888888852868e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(327,1,127,7.67037037037037072728e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(328,1,128,7.73703703703703671301e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(329,1,129,7.77407407407407435862e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(330,1,130,7.81481481481481443651e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(331,1,131,7.79259259259259207119e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(332,1,132,7.79629629629629672393e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(333,1,133,7.7518518518518519933e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(334,1,134,7.71481481481481434769e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(335,1,135,7.78518518518518498616e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(336,1,136,7.6925925925925930926e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(337,1,137,7.73703703703703671301e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(338,1,138,7.7518518518518519933e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(339,1,139,7.62222222222222245413e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(340,1,140,7.7703703703703708161e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(341,1,141,0.78,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(342,1,142,7.65925925925925898951e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(343,1,143,7.76296296296296262084e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(344,1,144,7.6925925925925930926e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(345,1,145,7.74814814814814845078e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(346,1,146,7.80740740740740735148e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(347,1,147,0.77,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(348,1,148,7.77777777777777790113e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(349,1,149,7.71481481481481434769e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(350,1,150,7.811111111111110894e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(351,1,151,7.62592592592592599665e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(352,1,152,0.772962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(353,1,153,7.75555555555555553581e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(354,1,154,0.774074074074074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(355,1,155,7.75555555555555553581e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(356,1,156,7.75925925925925907833e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(357,1,157,7.74444444444444490827e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(358,1,158,7.71851851851851900043e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(359,1,159,7.69629629629629663511e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(360,1,160,7.70740740740740726266e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(361,1,161,7.76296296296296262084e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(362,1,162,0.774074074074074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(363,1,163,7.71851851851851900043e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(364,1,164,7.72222222222222254295e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(365,1,165,7.74444444444444490827e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(366,1,166,7.74444444444444490827e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(367,1,167,0.77,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(368,1,168,0.772962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(369,1,169,7.74444444444444490827e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(370,1,170,7.69629629629629663511e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(371,1,171,7.72222222222222254295e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(372,1,172,7.68518518518518489734e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(373,1,173,7.70740740740740726266e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(374,1,174,7.64814814814814836196e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(375,1,175,7.7333333333333331705e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(376,1,176,0.774074074074074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(377,1,177,7.70370370370370372015e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(378,1,178,7.70740740740740726266e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(379,1,179,7.64444444444444481945e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(380,1,180,7.63333333333333308168e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(381,1,181,7.70370370370370372015e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(382,1,182,7.70740740740740726266e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(383,1,183,0.772962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(384,1,184,0.772962962962963,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(385,1,185,0.774074074074074,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(386,1,186,7.73703703703703671301e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(387,1,187,7.7703703703703708161e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(388,1,188,7.7518518518518519933e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(389,1,189,7.83333333333333325931e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(390,1,190,7.76666666666666616336e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(391,1,191,7.70370370370370372015e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(392,1,192,7.76296296296296262084e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(393,1,193,7.73703703703703671301e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(394,1,194,0.77,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(395,1,195,7.79259259259259207119e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(396,1,196,7.7518518518518519933e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(397,1,197,7.83333333333333325931e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(398,1,198,7.72222222222222254295e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(399,1,199,7.84444444444444499708e-01,'FINITE');
INSERT INTO "trial_intermediate_values" VALUES(400,1,200,7.75925925925925907833e-01,'FINITE');
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
INSERT INTO "trial_user_attributes" VALUES(2,1,'config','{"data.dataset": "eurosat", "data.resolution": 32, "data.partition": "dirichlet", "data.alpha": 0.5, "data.classes_per_client": 2, "data.num_clients": 10, "data.min_client_size": 10, "data.partition_seed": 0, "data.split_seed": 0, "data.val_fraction": 0.1, "data.test_fraction": 0.2, "data.public_fraction": 0.1, "data.generator_size": "cpu", "data.max_train": 5000, "data.max_eval": null, "data.data_dir": "/work/shared/data", "data.cache_dir": "/work/main/.cache/fblbench", "data.download": false, "train.model": "simple_cnn", "train.rounds": 200, "train.participation": 1.0, "train.local_epochs": 10, "train.batch_size": 64, "train.lr": 0.01, "train.momentum": 0.9, "train.lr_schedule": "constant", "train.weight_decay": 1e-05, "train.clip_grad_norm": 10.0, "train.test_every": 5, "train.seed": 0, "train.device": "auto", "train.threads": 1, "train.augment": "crop_flip", "train.channels_last": true, "train.batch_clients": "auto", "method.balancing": true, "method.sampling": "loss", "method.replay_period": 5, "method.replay_fraction": 0.1, "method.filling": true, "method.alignment": true, "method.align_lr": 0.01, "method.align_weight_decay": 0.0001, "method.align_shared": true, "method.p_drop": 0.5, "method.share_unlimited": 0.0, "method.share_no_generator": 0.0, "method.generator": "ddpm", "method.gen_train_steps": 2000, "method.gen_finetune_steps": 0, "method.gen_local_steps": 10, "method.gen_width": 32, "method.gen_sampling_steps": 20, "method.gen_guidance": 1.0, "method.gen_pool_size": 1000, "method.gen_pool_scale": 5.0, "method.gen_img2img_strength": 0.0, "method.gen_pretrained_model": "", "method.gen_prompt_template": "", "method.redraw_synthetic": true, "method.gen_seed": 0, "method.name": "fbl", "run.kernels": "cpu AVX512, AMD EPYC (family 25 model 17)"}');
INSERT INTO "trial_user_attributes" VALUES(3,2,'fblbench_default','true');
INSERT INTO "trial_user_attributes" VALUES(4,2,'config','{"data.dataset": "eurosat", "data.resolution": 32, "data.partition": "dirichlet", "data.alpha": 0.5, "data.classes_per_client": 2, "data.num_clients": 10, "data.min_client_size": 10, "data.partition_seed": 0, "data.split_seed": 0, "data.val_fraction": 0.1, "data.test_fraction": 0.2, "data.public_fraction": 0.1, "data.generator_size": "cpu", "data.max_train": 5000, "data.max_eval": null, "data.data_dir": "/work/shared/data", "data.cache_dir": "/work/main/.cache/fblbench", "data.download": false, "train.model": "simple_cnn", "train.rounds": 200, "train.participation": 1.0, "train.local_epochs": 10, "train.batch_size": 64, "train.lr": 0.01, "train.momentum": 0.9, "train.lr_schedule": "constant", "train.weight_decay": 1e-05, "train.clip_grad_norm": 10.0, "train.test_every": 5, "train.seed": 0, "train.device": "auto", "train.threads": 1, "train.augment": "crop_flip", "train.channels_last": true, "train.batch_clients": "auto", "method.name": "fedavg", "run.kernels": "cpu AVX512, AMD EPYC (family 25 model 17)"}');
INSERT INTO "trial_user_attributes" VALUES(5,2,'seconds','1799.9518333319993');
INSERT INTO "trial_user_attributes" VALUES(6,2,'final_test_acc','0.7507407407407407');
INSERT INTO "trial_user_attributes" VALUES(7,2,'best_val_acc','0.7662962962962963');
INSERT INTO "trial_user_attributes" VALUES(8,2,'total_synthetic','0.0');
INSERT INTO "trial_user_attributes" VALUES(9,1,'seconds','5341.227981514001');
INSERT INTO "trial_user_attributes" VALUES(10,1,'final_test_acc','0.7937037037037037');
INSERT INTO "trial_user_attributes" VALUES(11,1,'best_val_acc','0.7844444444444445');
INSERT INTO "trial_user_attributes" VALUES(12,1,'total_synthetic','461800.0');
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
INSERT INTO "trial_values" VALUES(1,2,0,7.52592592592592590783e-01,'FINITE');
INSERT INTO "trial_values" VALUES(2,1,0,7.75925925925925907833e-01,'FINITE');
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
INSERT INTO "trials" VALUES(1,0,1,'COMPLETE','2026-12-06 01:12:53.279793','2026-12-06 02:41:55.086600');
INSERT INTO "trials" VALUES(2,0,2,'COMPLETE','2026-12-06 01:13:54.162379','2026-12-06 01:43:54.308536');
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
