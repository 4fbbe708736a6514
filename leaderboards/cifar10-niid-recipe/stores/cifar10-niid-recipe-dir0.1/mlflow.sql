-- fblbench archive of mlflow.db (`fblbench archive load` rebuilds it); MLflow schema dc11669786a5
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('dc11669786a5');
CREATE TABLE "assessments" (
	assessment_id VARCHAR(50) NOT NULL, 
	trace_id VARCHAR(50) NOT NULL, 
	name VARCHAR(250) NOT NULL, 
	assessment_type VARCHAR(20) NOT NULL, 
	value TEXT NOT NULL, 
	error TEXT, 
	created_timestamp BIGINT NOT NULL, 
	last_updated_timestamp BIGINT NOT NULL, 
	source_type VARCHAR(50) NOT NULL, 
	source_id VARCHAR(250), 
	run_id VARCHAR(32), 
	span_id VARCHAR(50), 
	rationale TEXT, 
	overrides VARCHAR(50), 
	valid BOOLEAN NOT NULL, 
	assessment_metadata TEXT, 
	experiment_id INTEGER, 
	trace_timestamp_ms BIGINT, 
	aggregate_value FLOAT, 
	is_numeric_value BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT assessments_pk PRIMARY KEY (assessment_id), 
	CONSTRAINT fk_assessments_trace_id FOREIGN KEY(trace_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE budget_policies (
	budget_policy_id VARCHAR(36) NOT NULL, 
	budget_unit VARCHAR(32) NOT NULL, 
	budget_amount FLOAT NOT NULL, 
	duration_unit VARCHAR(32) NOT NULL, 
	duration_value INTEGER NOT NULL, 
	target_scope VARCHAR(32) NOT NULL, 
	budget_action VARCHAR(32) NOT NULL, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, target_value VARCHAR(255), 
	CONSTRAINT budget_policies_pk PRIMARY KEY (budget_policy_id)
);
CREATE TABLE "datasets" (
	dataset_uuid VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	digest VARCHAR(36) NOT NULL, 
	dataset_source_type VARCHAR(36) NOT NULL, 
	dataset_source TEXT NOT NULL, 
	dataset_schema TEXT, 
	dataset_profile TEXT, 
	CONSTRAINT dataset_pk PRIMARY KEY (experiment_id, name, digest), 
	CONSTRAINT fk_datasets_experiment_id_experiments FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE
);
CREATE TABLE endpoint_bindings (
	endpoint_id VARCHAR(36) NOT NULL, 
	resource_type VARCHAR(50) NOT NULL, 
	resource_id VARCHAR(255) NOT NULL, 
	created_at BIGINT NOT NULL, 
	created_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), display_name VARCHAR(255), 
	CONSTRAINT endpoint_bindings_pk PRIMARY KEY (endpoint_id, resource_type, resource_id), 
	CONSTRAINT fk_endpoint_bindings_endpoint_id FOREIGN KEY(endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE CASCADE
);
CREATE TABLE endpoint_model_mappings (
	mapping_id VARCHAR(36) NOT NULL, 
	endpoint_id VARCHAR(36) NOT NULL, 
	model_definition_id VARCHAR(36) NOT NULL, 
	weight FLOAT NOT NULL, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, linkage_type VARCHAR(64) DEFAULT 'PRIMARY' NOT NULL, fallback_order INTEGER, 
	CONSTRAINT endpoint_model_mappings_pk PRIMARY KEY (mapping_id), 
	CONSTRAINT fk_endpoint_model_mappings_endpoint_id FOREIGN KEY(endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE CASCADE, 
	CONSTRAINT fk_endpoint_model_mappings_model_definition_id FOREIGN KEY(model_definition_id) REFERENCES model_definitions (model_definition_id)
);
CREATE TABLE endpoint_tags (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(5000), 
	endpoint_id VARCHAR(36) NOT NULL, 
	CONSTRAINT endpoint_tag_pk PRIMARY KEY ("key", endpoint_id), 
	CONSTRAINT fk_endpoint_tags_endpoint_id FOREIGN KEY(endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE CASCADE
);
CREATE TABLE "endpoints" (
	endpoint_id VARCHAR(36) NOT NULL, 
	name VARCHAR(255), 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	routing_strategy VARCHAR(64), 
	fallback_config_json TEXT, 
	experiment_id INTEGER, 
	usage_tracking BOOLEAN DEFAULT '0' NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT endpoints_pk PRIMARY KEY (endpoint_id), 
	CONSTRAINT fk_endpoints_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE SET NULL, 
	CONSTRAINT uq_endpoints_workspace_name UNIQUE (workspace, name)
);
CREATE TABLE entity_associations (
	association_id VARCHAR(36) NOT NULL, 
	source_type VARCHAR(36) NOT NULL, 
	source_id VARCHAR(36) NOT NULL, 
	destination_type VARCHAR(36) NOT NULL, 
	destination_id VARCHAR(36) NOT NULL, 
	created_time BIGINT, 
	CONSTRAINT entity_associations_pk PRIMARY KEY (source_type, source_id, destination_type, destination_id)
);
CREATE TABLE "evaluation_dataset_records" (
	dataset_record_id VARCHAR(36) NOT NULL, 
	dataset_id VARCHAR(36) NOT NULL, 
	inputs JSON NOT NULL, 
	expectations JSON, 
	tags JSON, 
	source JSON, 
	source_id VARCHAR(36), 
	source_type VARCHAR(255), 
	created_time BIGINT, 
	last_update_time BIGINT, 
	created_by VARCHAR(255), 
	last_updated_by VARCHAR(255), 
	input_hash VARCHAR(64) NOT NULL, outputs JSON, 
	CONSTRAINT evaluation_dataset_records_pk PRIMARY KEY (dataset_record_id), 
	CONSTRAINT fk_evaluation_dataset_records_dataset_id FOREIGN KEY(dataset_id) REFERENCES evaluation_datasets (dataset_id) ON DELETE CASCADE, 
	CONSTRAINT unique_dataset_input UNIQUE (dataset_id, input_hash)
);
CREATE TABLE evaluation_dataset_tags (
	dataset_id VARCHAR(36) NOT NULL, 
	"key" VARCHAR(255) NOT NULL, 
	value VARCHAR(5000), 
	CONSTRAINT evaluation_dataset_tags_pk PRIMARY KEY (dataset_id, "key"), 
	CONSTRAINT fk_evaluation_dataset_tags_dataset_id FOREIGN KEY(dataset_id) REFERENCES evaluation_datasets (dataset_id) ON DELETE CASCADE
);
CREATE TABLE "evaluation_datasets" (
	dataset_id VARCHAR(36) NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	schema TEXT, 
	profile TEXT, 
	digest VARCHAR(64), 
	created_time BIGINT, 
	last_update_time BIGINT, 
	created_by VARCHAR(255), 
	last_updated_by VARCHAR(255), 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT evaluation_datasets_pk PRIMARY KEY (dataset_id)
);
CREATE TABLE "experiment_tags" (
	"key" VARCHAR(250) NOT NULL, 
	value TEXT, 
	experiment_id INTEGER NOT NULL, 
	CONSTRAINT experiment_tag_pk PRIMARY KEY ("key", experiment_id), 
	FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
);
INSERT INTO "experiment_tags" VALUES('mlflow.experimentKind','custom_model_development',1);
INSERT INTO "experiment_tags" VALUES('mlflow.sharedViewState.fblbench-trials','{"columnOrder": ["metrics.`final_val_acc`", "metrics.`final_test_acc`", "metrics.`best_val_acc`", "tags.`fblbench.method`", "tags.`fblbench.state`", "metrics.`train_seconds`", "tags.`fblbench.study`"], "orderByAsc": false, "orderByKey": "metrics.`final_val_acc`", "searchFilter": "tags.`fblbench.kind` = ''trial''", "selectedColumns": ["metrics.`final_val_acc`", "metrics.`final_test_acc`", "metrics.`best_val_acc`", "tags.`fblbench.method`", "tags.`fblbench.state`", "metrics.`train_seconds`", "tags.`fblbench.study`"]}',1);
CREATE TABLE "experiments" (
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	artifact_location VARCHAR(256), 
	lifecycle_stage VARCHAR(32), 
	creation_time BIGINT, 
	last_update_time BIGINT, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT experiment_pk PRIMARY KEY (experiment_id), 
	CONSTRAINT experiments_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')), 
	CONSTRAINT uq_experiments_workspace_name UNIQUE (workspace, name)
);
INSERT INTO "experiments" VALUES(0,'Default','/work/main/mlruns/0','active',1796608440796,1796608440796,'default');
INSERT INTO "experiments" VALUES(1,'fblbench/cifar10-dir0.1','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1','active',1796608440948,1796608440948,'default');
CREATE TABLE guardrail_configs (
	endpoint_id VARCHAR(36) NOT NULL, 
	guardrail_id VARCHAR(36) NOT NULL, 
	execution_order INTEGER, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT guardrail_configs_pk PRIMARY KEY (endpoint_id, guardrail_id), 
	CONSTRAINT fk_guardrail_configs_endpoint_id FOREIGN KEY(endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE CASCADE, 
	CONSTRAINT fk_guardrail_configs_guardrail_id FOREIGN KEY(guardrail_id) REFERENCES guardrails (guardrail_id) ON DELETE CASCADE
);
CREATE TABLE guardrails (
	guardrail_id VARCHAR(36) NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	scorer_id VARCHAR(36) NOT NULL, 
	scorer_version INTEGER NOT NULL, 
	stage VARCHAR(32) NOT NULL, 
	action VARCHAR(32) NOT NULL, 
	action_endpoint_id VARCHAR(36), 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT guardrails_pk PRIMARY KEY (guardrail_id), 
	CONSTRAINT fk_guardrails_scorer_version FOREIGN KEY(scorer_id, scorer_version) REFERENCES scorer_versions (scorer_id, scorer_version), 
	CONSTRAINT fk_guardrails_action_endpoint_id FOREIGN KEY(action_endpoint_id) REFERENCES endpoints (endpoint_id) ON DELETE SET NULL
);
CREATE TABLE input_tags (
	input_uuid VARCHAR(36) NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	value VARCHAR(500) NOT NULL, 
	CONSTRAINT input_tags_pk PRIMARY KEY (input_uuid, name)
);
CREATE TABLE inputs (
	input_uuid VARCHAR(36) NOT NULL, 
	source_type VARCHAR(36) NOT NULL, 
	source_id VARCHAR(36) NOT NULL, 
	destination_type VARCHAR(36) NOT NULL, 
	destination_id VARCHAR(36) NOT NULL, step BIGINT DEFAULT '0' NOT NULL, 
	CONSTRAINT inputs_pk PRIMARY KEY (source_type, source_id, destination_type, destination_id)
);
CREATE TABLE issues (
	issue_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(250) NOT NULL, 
	description TEXT NOT NULL, 
	status VARCHAR(50) NOT NULL, 
	severity VARCHAR(50), 
	root_causes TEXT, 
	source_run_id VARCHAR(32), 
	categories TEXT, 
	created_timestamp BIGINT NOT NULL, 
	last_updated_timestamp BIGINT NOT NULL, 
	created_by VARCHAR(255), 
	CONSTRAINT issues_pk PRIMARY KEY (issue_id), 
	CONSTRAINT fk_issues_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE, 
	CONSTRAINT fk_issues_source_run_id FOREIGN KEY(source_run_id) REFERENCES runs (run_uuid) ON DELETE SET NULL
);
CREATE TABLE job_locks (
	lock_key VARCHAR(255) NOT NULL, 
	job_id VARCHAR(36) NOT NULL, 
	acquired_at BIGINT NOT NULL, 
	CONSTRAINT job_locks_pk PRIMARY KEY (lock_key), 
	CONSTRAINT fk_job_locks_job_id FOREIGN KEY(job_id) REFERENCES jobs (id) ON DELETE CASCADE
);
CREATE TABLE "jobs" (
	id VARCHAR(36) NOT NULL, 
	creation_time BIGINT NOT NULL, 
	job_name VARCHAR(500) NOT NULL, 
	params TEXT NOT NULL, 
	timeout FLOAT, 
	status INTEGER NOT NULL, 
	result TEXT, 
	retry_count INTEGER NOT NULL, 
	last_update_time BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, status_details JSON, creator VARCHAR(255), executor_backend VARCHAR(255), lease_expires_at BIGINT, status_message TEXT, progress JSON, progress_updated_at BIGINT, token_hash VARCHAR(64), scoped_permissions JSON, next_attempt_at BIGINT, 
	CONSTRAINT jobs_pk PRIMARY KEY (id)
);
CREATE TABLE label_schemas (
	schema_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(250) NOT NULL, 
	type VARCHAR(16) NOT NULL, 
	instruction TEXT, 
	enable_comment BOOLEAN DEFAULT '0' NOT NULL, 
	input_type VARCHAR(32) NOT NULL, 
	input_config TEXT NOT NULL, 
	created_by VARCHAR(255), 
	created_time BIGINT NOT NULL, 
	last_update_time BIGINT NOT NULL, 
	is_default BOOLEAN DEFAULT 0 NOT NULL, 
	CONSTRAINT label_schemas_pk PRIMARY KEY (schema_id), 
	CONSTRAINT fk_label_schemas_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE, 
	CONSTRAINT uq_label_schemas_exp_name UNIQUE (experiment_id, name)
);
CREATE TABLE "latest_metrics" (
	"key" VARCHAR(250) NOT NULL, 
	value FLOAT NOT NULL, 
	timestamp BIGINT, 
	step BIGINT NOT NULL, 
	is_nan BOOLEAN NOT NULL, 
	run_uuid VARCHAR(32) NOT NULL, 
	CONSTRAINT latest_metric_pk PRIMARY KEY ("key", run_uuid), 
	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid), 
	CHECK (is_nan IN (0, 1))
);
INSERT INTO "latest_metrics" VALUES('round_seconds',1.05974709260008239655e+01,1796610229772,200,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('train_loss',1.38620984236057842586e-01,1796610229772,200,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('val_acc',0.4552,1796610229772,200,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('val_loss',1.84209528808593758775e+00,1796610229772,200,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('test_acc',0.4537,1796610229772,200,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('test_loss',1.86532182617187491935e+00,1796610229772,200,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('best_val_acc',0.4878,1796610229788,0,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('final_test_acc',0.4537,1796610229788,0,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('final_val_acc',0.4552,1796610229788,0,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('total_synthetic',0.0,1796610229788,0,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('train_seconds',1.78776898632499796804e+03,1796610229788,0,0,'35fba69be9ea40a6917d329cf484528b');
INSERT INTO "latest_metrics" VALUES('best_val_acc',0.4552,1796610229972,0,0,'e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "latest_metrics" VALUES('trials',1.0,1796610229972,0,0,'e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "latest_metrics" VALUES('round_seconds',9.72312458299711579456e+00,1796614078618,200,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('train_loss',1.5195334664642812239e-01,1796614078618,200,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('val_acc',0.4768,1796614078618,200,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('val_loss',1.8813451171875,1796614078618,200,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('test_acc',0.4754,1796614078618,200,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('test_loss',1.91705281677246097693e+00,1796614078618,200,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('round_seconds',8.78949091500180657021e+00,1796614146337,39,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('server.c_norm',7.55282538149390642034e-02,1796614146337,39,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('server.step_norm',6.43959922653646321677e-01,1796614146337,39,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('train_loss',4.99144328539073478534e-01,1796614146337,39,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('val_acc',0.352,1796614146337,39,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('val_loss',2.03144334106445301202e+00,1796614146337,39,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('test_acc',0.3402,1796614111214,35,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('test_loss',2.1753837402343751961e+00,1796614111214,35,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('best_val_acc',0.4832,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('final_test_acc',0.4754,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('final_val_acc',0.4768,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('total_synthetic',0.0,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('train_seconds',1.96763335751600243386e+03,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('best_val_acc',0.4768,1796614078825,0,0,'49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "latest_metrics" VALUES('trials',1.0,1796614078825,0,0,'49ee070f8cf24ef0a4f74acf09b2ec78');
CREATE TABLE logged_model_metrics (
	model_id VARCHAR(36) NOT NULL, 
	metric_name VARCHAR(500) NOT NULL, 
	metric_timestamp_ms BIGINT NOT NULL, 
	metric_step BIGINT NOT NULL, 
	metric_value FLOAT, 
	experiment_id INTEGER NOT NULL, 
	run_id VARCHAR(32) NOT NULL, 
	dataset_uuid VARCHAR(36), 
	dataset_name VARCHAR(500), 
	dataset_digest VARCHAR(36), 
	CONSTRAINT logged_model_metrics_pk PRIMARY KEY (model_id, metric_name, metric_timestamp_ms, metric_step, run_id), 
	CONSTRAINT fk_logged_model_metrics_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CONSTRAINT fk_logged_model_metrics_model_id FOREIGN KEY(model_id) REFERENCES logged_models (model_id) ON DELETE CASCADE, 
	CONSTRAINT fk_logged_model_metrics_run_id FOREIGN KEY(run_id) REFERENCES runs (run_uuid) ON DELETE CASCADE
);
CREATE TABLE logged_model_params (
	model_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	param_key VARCHAR(255) NOT NULL, 
	param_value TEXT NOT NULL, 
	CONSTRAINT logged_model_params_pk PRIMARY KEY (model_id, param_key), 
	CONSTRAINT fk_logged_model_params_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CONSTRAINT fk_logged_model_params_model_id FOREIGN KEY(model_id) REFERENCES logged_models (model_id) ON DELETE CASCADE
);
CREATE TABLE logged_model_tags (
	model_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	tag_key VARCHAR(255) NOT NULL, 
	tag_value TEXT NOT NULL, 
	CONSTRAINT logged_model_tags_pk PRIMARY KEY (model_id, tag_key), 
	CONSTRAINT fk_logged_model_tags_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CONSTRAINT fk_logged_model_tags_model_id FOREIGN KEY(model_id) REFERENCES logged_models (model_id) ON DELETE CASCADE
);
CREATE TABLE logged_models (
	model_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(500) NOT NULL, 
	artifact_location VARCHAR(1000) NOT NULL, 
	creation_timestamp_ms BIGINT NOT NULL, 
	last_updated_timestamp_ms BIGINT NOT NULL, 
	status INTEGER NOT NULL, 
	lifecycle_stage VARCHAR(32), 
	model_type VARCHAR(500), 
	source_run_id VARCHAR(32), 
	status_message VARCHAR(1000), 
	CONSTRAINT logged_models_pk PRIMARY KEY (model_id), 
	CONSTRAINT logged_models_lifecycle_stage_check CHECK (lifecycle_stage IN ('active', 'deleted')), 
	CONSTRAINT fk_logged_models_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE
);
CREATE TABLE mcp_access_endpoints (
	id VARCHAR(36) NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	server_name VARCHAR(256) NOT NULL, 
	server_version VARCHAR(128), 
	server_alias VARCHAR(256), 
	url VARCHAR(2048) NOT NULL, 
	transport_type VARCHAR(32) DEFAULT 'streamable-http' NOT NULL, 
	created_by VARCHAR(256), 
	last_updated_by VARCHAR(256), 
	created_at BIGINT NOT NULL, 
	last_updated_at BIGINT NOT NULL, 
	CONSTRAINT mcp_access_endpoints_pk PRIMARY KEY (id), 
	CONSTRAINT mcp_access_endpoints_server_fkey FOREIGN KEY(workspace, server_name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_server_aliases (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	alias VARCHAR(256) NOT NULL, 
	version VARCHAR(128) NOT NULL, 
	CONSTRAINT mcp_server_aliases_pk PRIMARY KEY (workspace, name, alias), 
	CONSTRAINT mcp_server_aliases_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_server_tags (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(5000), 
	CONSTRAINT mcp_server_tags_pk PRIMARY KEY (workspace, name, "key"), 
	CONSTRAINT mcp_server_tags_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_server_version_tags (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	version VARCHAR(128) NOT NULL, 
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(5000), 
	CONSTRAINT mcp_server_version_tags_pk PRIMARY KEY (workspace, name, version, "key"), 
	CONSTRAINT mcp_server_version_tags_version_fkey FOREIGN KEY(workspace, name, version) REFERENCES mcp_server_versions (workspace, name, version) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_server_versions (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	version VARCHAR(128) NOT NULL, 
	version_major INTEGER NOT NULL, 
	version_minor INTEGER NOT NULL, 
	version_patch INTEGER NOT NULL, 
	version_prerelease_sort_key VARCHAR(512) NOT NULL, 
	server_json JSON NOT NULL, 
	status VARCHAR(20) DEFAULT 'draft' NOT NULL, 
	tools JSON, 
	source VARCHAR(512), 
	connect_options JSON, 
	created_by VARCHAR(256), 
	last_updated_by VARCHAR(256), 
	created_at BIGINT NOT NULL, 
	last_updated_at BIGINT NOT NULL, 
	CONSTRAINT mcp_server_versions_pk PRIMARY KEY (workspace, name, version), 
	CONSTRAINT mcp_server_versions_server_fkey FOREIGN KEY(workspace, name) REFERENCES mcp_servers (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE mcp_servers (
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	display_name VARCHAR(256), 
	description TEXT, 
	icons JSON, 
	created_by VARCHAR(256), 
	last_updated_by VARCHAR(256), 
	created_at BIGINT NOT NULL, 
	last_updated_at BIGINT NOT NULL, 
	CONSTRAINT mcp_servers_pk PRIMARY KEY (workspace, name)
);
CREATE TABLE "metrics" (
	"key" VARCHAR(250) NOT NULL, 
	value FLOAT NOT NULL, 
	timestamp BIGINT NOT NULL, 
	run_uuid VARCHAR(32) NOT NULL, 
	step BIGINT DEFAULT '0' NOT NULL, 
	is_nan BOOLEAN DEFAULT '0' NOT NULL, 
	CONSTRAINT metric_pk PRIMARY KEY ("key", timestamp, step, run_uuid, value, is_nan), 
	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid), 
	CHECK (is_nan IN (0, 1))
);
INSERT INTO "metrics" VALUES('round_seconds',8.61289023700010147877e+00,1796608450638,'35fba69be9ea40a6917d329cf484528b',1,0);
INSERT INTO "metrics" VALUES('train_loss',9.78519235630035510986e-01,1796608450638,'35fba69be9ea40a6917d329cf484528b',1,0);
INSERT INTO "metrics" VALUES('val_acc',0.1,1796608450638,'35fba69be9ea40a6917d329cf484528b',1,0);
INSERT INTO "metrics" VALUES('val_loss',2.33639075927734385373e+00,1796608450638,'35fba69be9ea40a6917d329cf484528b',1,0);
INSERT INTO "metrics" VALUES('round_seconds',8.3928285849979147315e+00,1796608459047,'35fba69be9ea40a6917d329cf484528b',2,0);
INSERT INTO "metrics" VALUES('train_loss',7.7653478810787213149e-01,1796608459047,'35fba69be9ea40a6917d329cf484528b',2,0);
INSERT INTO "metrics" VALUES('val_acc',0.2044,1796608459047,'35fba69be9ea40a6917d329cf484528b',2,0);
INSERT INTO "metrics" VALUES('val_loss',2.26855364990234376065e+00,1796608459047,'35fba69be9ea40a6917d329cf484528b',2,0);
INSERT INTO "metrics" VALUES('round_seconds',8.76288852099969517439e+00,1796608467825,'35fba69be9ea40a6917d329cf484528b',3,0);
INSERT INTO "metrics" VALUES('train_loss',7.04726236081123391663e-01,1796608467825,'35fba69be9ea40a6917d329cf484528b',3,0);
INSERT INTO "metrics" VALUES('val_acc',0.2004,1796608467825,'35fba69be9ea40a6917d329cf484528b',3,0);
INSERT INTO "metrics" VALUES('val_loss',2.15965397949218740336e+00,1796608467825,'35fba69be9ea40a6917d329cf484528b',3,0);
INSERT INTO "metrics" VALUES('round_seconds',8.31531482599894,1796608476153,'35fba69be9ea40a6917d329cf484528b',4,0);
INSERT INTO "metrics" VALUES('train_loss',6.5795498879432667838e-01,1796608476153,'35fba69be9ea40a6917d329cf484528b',4,0);
INSERT INTO "metrics" VALUES('val_acc',0.259,1796608476153,'35fba69be9ea40a6917d329cf484528b',4,0);
INSERT INTO "metrics" VALUES('val_loss',2.05543605957031250142e+00,1796608476153,'35fba69be9ea40a6917d329cf484528b',4,0);
INSERT INTO "metrics" VALUES('round_seconds',8.45751752199794282205e+00,1796608484623,'35fba69be9ea40a6917d329cf484528b',5,0);
INSERT INTO "metrics" VALUES('test_acc',0.2308,1796608484623,'35fba69be9ea40a6917d329cf484528b',5,0);
INSERT INTO "metrics" VALUES('test_loss',2.02302395019531244813e+00,1796608484623,'35fba69be9ea40a6917d329cf484528b',5,0);
INSERT INTO "metrics" VALUES('train_loss',6.25312196068763759271e-01,1796608484623,'35fba69be9ea40a6917d329cf484528b',5,0);
INSERT INTO "metrics" VALUES('val_acc',0.2278,1796608484623,'35fba69be9ea40a6917d329cf484528b',5,0);
INSERT INTO "metrics" VALUES('val_loss',2.021182421875,1796608484623,'35fba69be9ea40a6917d329cf484528b',5,0);
INSERT INTO "metrics" VALUES('round_seconds',9.57797363099962240085e+00,1796608494214,'35fba69be9ea40a6917d329cf484528b',6,0);
INSERT INTO "metrics" VALUES('train_loss',5.82949973817244226914e-01,1796608494214,'35fba69be9ea40a6917d329cf484528b',6,0);
INSERT INTO "metrics" VALUES('val_acc',0.2804,1796608494214,'35fba69be9ea40a6917d329cf484528b',6,0);
INSERT INTO "metrics" VALUES('val_loss',1.95644138183593740976e+00,1796608494214,'35fba69be9ea40a6917d329cf484528b',6,0);
INSERT INTO "metrics" VALUES('round_seconds',1.06748313690004579255e+01,1796608504904,'35fba69be9ea40a6917d329cf484528b',7,0);
INSERT INTO "metrics" VALUES('train_loss',5.58303106474876464915e-01,1796608504904,'35fba69be9ea40a6917d329cf484528b',7,0);
INSERT INTO "metrics" VALUES('val_acc',0.2528,1796608504904,'35fba69be9ea40a6917d329cf484528b',7,0);
INSERT INTO "metrics" VALUES('val_loss',1.94114517211914061611e+00,1796608504904,'35fba69be9ea40a6917d329cf484528b',7,0);
INSERT INTO "metrics" VALUES('round_seconds',8.84559973000068566761e+00,1796608513764,'35fba69be9ea40a6917d329cf484528b',8,0);
INSERT INTO "metrics" VALUES('train_loss',5.5506022937317389676e-01,1796608513764,'35fba69be9ea40a6917d329cf484528b',8,0);
INSERT INTO "metrics" VALUES('val_acc',0.296,1796608513764,'35fba69be9ea40a6917d329cf484528b',8,0);
INSERT INTO "metrics" VALUES('val_loss',1.92510430908203122868e+00,1796608513764,'35fba69be9ea40a6917d329cf484528b',8,0);
INSERT INTO "metrics" VALUES('round_seconds',8.26974392099873512051e+00,1796608522048,'35fba69be9ea40a6917d329cf484528b',9,0);
INSERT INTO "metrics" VALUES('train_loss',5.39538272001743313133e-01,1796608522048,'35fba69be9ea40a6917d329cf484528b',9,0);
INSERT INTO "metrics" VALUES('val_acc',0.2604,1796608522048,'35fba69be9ea40a6917d329cf484528b',9,0);
INSERT INTO "metrics" VALUES('val_loss',1.92303450927734376207e+00,1796608522048,'35fba69be9ea40a6917d329cf484528b',9,0);
INSERT INTO "metrics" VALUES('round_seconds',8.46360832799837226048e+00,1796608530523,'35fba69be9ea40a6917d329cf484528b',10,0);
INSERT INTO "metrics" VALUES('test_acc',0.2947,1796608530523,'35fba69be9ea40a6917d329cf484528b',10,0);
INSERT INTO "metrics" VALUES('test_loss',1.96048725585937511084e+00,1796608530523,'35fba69be9ea40a6917d329cf484528b',10,0);
INSERT INTO "metrics" VALUES('train_loss',5.25911280622482268931e-01,1796608530523,'35fba69be9ea40a6917d329cf484528b',10,0);
INSERT INTO "metrics" VALUES('val_acc',0.3004,1796608530523,'35fba69be9ea40a6917d329cf484528b',10,0);
INSERT INTO "metrics" VALUES('val_loss',1.95107524414062494244e+00,1796608530523,'35fba69be9ea40a6917d329cf484528b',10,0);
INSERT INTO "metrics" VALUES('round_seconds',8.13398239800153532996e+00,1796608538670,'35fba69be9ea40a6917d329cf484528b',11,0);
INSERT INTO "metrics" VALUES('train_loss',5.35504552702903646732e-01,1796608538670,'35fba69be9ea40a6917d329cf484528b',11,0);
INSERT INTO "metrics" VALUES('val_acc',0.2752,1796608538670,'35fba69be9ea40a6917d329cf484528b',11,0);
INSERT INTO "metrics" VALUES('val_loss',1.87561222534179683485e+00,1796608538670,'35fba69be9ea40a6917d329cf484528b',11,0);
INSERT INTO "metrics" VALUES('round_seconds',7.9434069890012324322e+00,1796608546627,'35fba69be9ea40a6917d329cf484528b',12,0);
INSERT INTO "metrics" VALUES('train_loss',4.98722144359052155238e-01,1796608546627,'35fba69be9ea40a6917d329cf484528b',12,0);
INSERT INTO "metrics" VALUES('val_acc',0.3092,1796608546627,'35fba69be9ea40a6917d329cf484528b',12,0);
INSERT INTO "metrics" VALUES('val_loss',1.92297736816406250603e+00,1796608546627,'35fba69be9ea40a6917d329cf484528b',12,0);
INSERT INTO "metrics" VALUES('round_seconds',7.78084048099844949319e+00,1796608554421,'35fba69be9ea40a6917d329cf484528b',13,0);
INSERT INTO "metrics" VALUES('train_loss',4.98812479925155649596e-01,1796608554421,'35fba69be9ea40a6917d329cf484528b',13,0);
INSERT INTO "metrics" VALUES('val_acc',0.2774,1796608554421,'35fba69be9ea40a6917d329cf484528b',13,0);
INSERT INTO "metrics" VALUES('val_loss',1.84099129028320307455e+00,1796608554421,'35fba69be9ea40a6917d329cf484528b',13,0);
INSERT INTO "metrics" VALUES('round_seconds',7.77403205799782881513e+00,1796608562208,'35fba69be9ea40a6917d329cf484528b',14,0);
INSERT INTO "metrics" VALUES('train_loss',4.84644786872267752109e-01,1796608562208,'35fba69be9ea40a6917d329cf484528b',14,0);
INSERT INTO "metrics" VALUES('val_acc',0.3292,1796608562208,'35fba69be9ea40a6917d329cf484528b',14,0);
INSERT INTO "metrics" VALUES('val_loss',1.87105770263671877806e+00,1796608562208,'35fba69be9ea40a6917d329cf484528b',14,0);
INSERT INTO "metrics" VALUES('round_seconds',8.24079341600008774548e+00,1796608570461,'35fba69be9ea40a6917d329cf484528b',15,0);
INSERT INTO "metrics" VALUES('test_acc',0.314,1796608570461,'35fba69be9ea40a6917d329cf484528b',15,0);
INSERT INTO "metrics" VALUES('test_loss',1.77793509826660156569e+00,1796608570461,'35fba69be9ea40a6917d329cf484528b',15,0);
INSERT INTO "metrics" VALUES('train_loss',0.484268484762311,1796608570461,'35fba69be9ea40a6917d329cf484528b',15,0);
INSERT INTO "metrics" VALUES('val_acc',0.3156,1796608570461,'35fba69be9ea40a6917d329cf484528b',15,0);
INSERT INTO "metrics" VALUES('val_loss',1.76414304809570321452e+00,1796608570461,'35fba69be9ea40a6917d329cf484528b',15,0);
INSERT INTO "metrics" VALUES('round_seconds',8.49041131199919618666e+00,1796608578964,'35fba69be9ea40a6917d329cf484528b',16,0);
INSERT INTO "metrics" VALUES('train_loss',4.67255602736473041325e-01,1796608578964,'35fba69be9ea40a6917d329cf484528b',16,0);
INSERT INTO "metrics" VALUES('val_acc',0.3474,1796608578964,'35fba69be9ea40a6917d329cf484528b',16,0);
INSERT INTO "metrics" VALUES('val_loss',1.7551617553710936459e+00,1796608578964,'35fba69be9ea40a6917d329cf484528b',16,0);
INSERT INTO "metrics" VALUES('round_seconds',9.43135296999753336422e+00,1796608588408,'35fba69be9ea40a6917d329cf484528b',17,0);
INSERT INTO "metrics" VALUES('train_loss',4.63491200392320779055e-01,1796608588408,'35fba69be9ea40a6917d329cf484528b',17,0);
INSERT INTO "metrics" VALUES('val_acc',0.3534,1796608588408,'35fba69be9ea40a6917d329cf484528b',17,0);
INSERT INTO "metrics" VALUES('val_loss',1.70269126586914065768e+00,1796608588408,'35fba69be9ea40a6917d329cf484528b',17,0);
INSERT INTO "metrics" VALUES('round_seconds',9.46281241399992723017e+00,1796608597887,'35fba69be9ea40a6917d329cf484528b',18,0);
INSERT INTO "metrics" VALUES('train_loss',4.53722957818508187965e-01,1796608597887,'35fba69be9ea40a6917d329cf484528b',18,0);
INSERT INTO "metrics" VALUES('val_acc',0.3764,1796608597887,'35fba69be9ea40a6917d329cf484528b',18,0);
INSERT INTO "metrics" VALUES('val_loss',1.68486536865234381998e+00,1796608597887,'35fba69be9ea40a6917d329cf484528b',18,0);
INSERT INTO "metrics" VALUES('round_seconds',9.56969571999798,1796608607474,'35fba69be9ea40a6917d329cf484528b',19,0);
INSERT INTO "metrics" VALUES('train_loss',4.44935004031658198897e-01,1796608607474,'35fba69be9ea40a6917d329cf484528b',19,0);
INSERT INTO "metrics" VALUES('val_acc',0.3706,1796608607474,'35fba69be9ea40a6917d329cf484528b',19,0);
INSERT INTO "metrics" VALUES('val_loss',1.6643993835449217844e+00,1796608607474,'35fba69be9ea40a6917d329cf484528b',19,0);
INSERT INTO "metrics" VALUES('round_seconds',9.76449886200134642422e+00,1796608617255,'35fba69be9ea40a6917d329cf484528b',20,0);
INSERT INTO "metrics" VALUES('test_acc',0.3955,1796608617255,'35fba69be9ea40a6917d329cf484528b',20,0);
INSERT INTO "metrics" VALUES('test_loss',1.64538038330078117965e+00,1796608617255,'35fba69be9ea40a6917d329cf484528b',20,0);
INSERT INTO "metrics" VALUES('train_loss',4.34885386261940065644e-01,1796608617255,'35fba69be9ea40a6917d329cf484528b',20,0);
INSERT INTO "metrics" VALUES('val_acc',0.3908,1796608617255,'35fba69be9ea40a6917d329cf484528b',20,0);
INSERT INTO "metrics" VALUES('val_loss',1.62918795776367186789e+00,1796608617255,'35fba69be9ea40a6917d329cf484528b',20,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0072684399001445854e+01,1796608627345,'35fba69be9ea40a6917d329cf484528b',21,0);
INSERT INTO "metrics" VALUES('train_loss',4.26430261517912079227e-01,1796608627345,'35fba69be9ea40a6917d329cf484528b',21,0);
INSERT INTO "metrics" VALUES('val_acc',0.3918,1796608627345,'35fba69be9ea40a6917d329cf484528b',21,0);
INSERT INTO "metrics" VALUES('val_loss',1.64022459106445306353e+00,1796608627345,'35fba69be9ea40a6917d329cf484528b',21,0);
INSERT INTO "metrics" VALUES('round_seconds',7.9030960150012106169e+00,1796608635268,'35fba69be9ea40a6917d329cf484528b',22,0);
INSERT INTO "metrics" VALUES('train_loss',4.21843661471009268026e-01,1796608635268,'35fba69be9ea40a6917d329cf484528b',22,0);
INSERT INTO "metrics" VALUES('val_acc',0.3788,1796608635268,'35fba69be9ea40a6917d329cf484528b',22,0);
INSERT INTO "metrics" VALUES('val_loss',1.67613577270507807526e+00,1796608635268,'35fba69be9ea40a6917d329cf484528b',22,0);
INSERT INTO "metrics" VALUES('round_seconds',9.99345948100017267279e+00,1796608645277,'35fba69be9ea40a6917d329cf484528b',23,0);
INSERT INTO "metrics" VALUES('train_loss',4.2352492167711264237e-01,1796608645277,'35fba69be9ea40a6917d329cf484528b',23,0);
INSERT INTO "metrics" VALUES('val_acc',0.4026,1796608645277,'35fba69be9ea40a6917d329cf484528b',23,0);
INSERT INTO "metrics" VALUES('val_loss',1.63362431030273436149e+00,1796608645277,'35fba69be9ea40a6917d329cf484528b',23,0);
INSERT INTO "metrics" VALUES('round_seconds',9.09665812699677189812e+00,1796608654391,'35fba69be9ea40a6917d329cf484528b',24,0);
INSERT INTO "metrics" VALUES('train_loss',4.09055347269773494911e-01,1796608654391,'35fba69be9ea40a6917d329cf484528b',24,0);
INSERT INTO "metrics" VALUES('val_acc',0.3956,1796608654391,'35fba69be9ea40a6917d329cf484528b',24,0);
INSERT INTO "metrics" VALUES('val_loss',1.63101093139648445351e+00,1796608654391,'35fba69be9ea40a6917d329cf484528b',24,0);
INSERT INTO "metrics" VALUES('round_seconds',9.10123453399865,1796608663506,'35fba69be9ea40a6917d329cf484528b',25,0);
INSERT INTO "metrics" VALUES('test_acc',0.4085,1796608663506,'35fba69be9ea40a6917d329cf484528b',25,0);
INSERT INTO "metrics" VALUES('test_loss',1.61213590393066397155e+00,1796608663506,'35fba69be9ea40a6917d329cf484528b',25,0);
INSERT INTO "metrics" VALUES('train_loss',0.404642041170001,1796608663506,'35fba69be9ea40a6917d329cf484528b',25,0);
INSERT INTO "metrics" VALUES('val_acc',0.4132,1796608663506,'35fba69be9ea40a6917d329cf484528b',25,0);
INSERT INTO "metrics" VALUES('val_loss',1.59618897705078133242e+00,1796608663506,'35fba69be9ea40a6917d329cf484528b',25,0);
INSERT INTO "metrics" VALUES('round_seconds',9.06338564199904794804e+00,1796608672583,'35fba69be9ea40a6917d329cf484528b',26,0);
INSERT INTO "metrics" VALUES('train_loss',3.93649222242236085378e-01,1796608672583,'35fba69be9ea40a6917d329cf484528b',26,0);
INSERT INTO "metrics" VALUES('val_acc',0.4148,1796608672583,'35fba69be9ea40a6917d329cf484528b',26,0);
INSERT INTO "metrics" VALUES('val_loss',1.58649537963867182099e+00,1796608672583,'35fba69be9ea40a6917d329cf484528b',26,0);
INSERT INTO "metrics" VALUES('round_seconds',8.28964303900284,1796608680884,'35fba69be9ea40a6917d329cf484528b',27,0);
INSERT INTO "metrics" VALUES('train_loss',3.92315057367086383877e-01,1796608680884,'35fba69be9ea40a6917d329cf484528b',27,0);
INSERT INTO "metrics" VALUES('val_acc',0.4264,1796608680884,'35fba69be9ea40a6917d329cf484528b',27,0);
INSERT INTO "metrics" VALUES('val_loss',1.57141224365234366544e+00,1796608680884,'35fba69be9ea40a6917d329cf484528b',27,0);
INSERT INTO "metrics" VALUES('round_seconds',8.07036126199818681925e+00,1796608688967,'35fba69be9ea40a6917d329cf484528b',28,0);
INSERT INTO "metrics" VALUES('train_loss',3.86030427961945477033e-01,1796608688967,'35fba69be9ea40a6917d329cf484528b',28,0);
INSERT INTO "metrics" VALUES('val_acc',0.4122,1796608688967,'35fba69be9ea40a6917d329cf484528b',28,0);
INSERT INTO "metrics" VALUES('val_loss',1.60405759277343751278e+00,1796608688967,'35fba69be9ea40a6917d329cf484528b',28,0);
INSERT INTO "metrics" VALUES('round_seconds',7.96179350600141333416e+00,1796608696949,'35fba69be9ea40a6917d329cf484528b',29,0);
INSERT INTO "metrics" VALUES('train_loss',3.84565497781336362859e-01,1796608696949,'35fba69be9ea40a6917d329cf484528b',29,0);
INSERT INTO "metrics" VALUES('val_acc',0.4318,1796608696949,'35fba69be9ea40a6917d329cf484528b',29,0);
INSERT INTO "metrics" VALUES('val_loss',1.55305148925781244528e+00,1796608696949,'35fba69be9ea40a6917d329cf484528b',29,0);
INSERT INTO "metrics" VALUES('round_seconds',8.44746214399856398813e+00,1796608705409,'35fba69be9ea40a6917d329cf484528b',30,0);
INSERT INTO "metrics" VALUES('test_acc',0.4358,1796608705409,'35fba69be9ea40a6917d329cf484528b',30,0);
INSERT INTO "metrics" VALUES('test_loss',1.59605647583007814738e+00,1796608705409,'35fba69be9ea40a6917d329cf484528b',30,0);
INSERT INTO "metrics" VALUES('train_loss',3.75505724409818664177e-01,1796608705409,'35fba69be9ea40a6917d329cf484528b',30,0);
INSERT INTO "metrics" VALUES('val_acc',0.4248,1796608705409,'35fba69be9ea40a6917d329cf484528b',30,0);
INSERT INTO "metrics" VALUES('val_loss',1.58319105224609368853e+00,1796608705409,'35fba69be9ea40a6917d329cf484528b',30,0);
INSERT INTO "metrics" VALUES('round_seconds',8.09525363300053868442e+00,1796608713520,'35fba69be9ea40a6917d329cf484528b',31,0);
INSERT INTO "metrics" VALUES('train_loss',3.73254774045348181044e-01,1796608713520,'35fba69be9ea40a6917d329cf484528b',31,0);
INSERT INTO "metrics" VALUES('val_acc',0.4256,1796608713520,'35fba69be9ea40a6917d329cf484528b',31,0);
INSERT INTO "metrics" VALUES('val_loss',1.58095933227539053866e+00,1796608713520,'35fba69be9ea40a6917d329cf484528b',31,0);
INSERT INTO "metrics" VALUES('round_seconds',7.8369634039991069585e+00,1796608721371,'35fba69be9ea40a6917d329cf484528b',32,0);
INSERT INTO "metrics" VALUES('train_loss',3.79306646992564222564e-01,1796608721371,'35fba69be9ea40a6917d329cf484528b',32,0);
INSERT INTO "metrics" VALUES('val_acc',0.414,1796608721371,'35fba69be9ea40a6917d329cf484528b',32,0);
INSERT INTO "metrics" VALUES('val_loss',1.6102589355468750476e+00,1796608721371,'35fba69be9ea40a6917d329cf484528b',32,0);
INSERT INTO "metrics" VALUES('round_seconds',8.0487291629979154095e+00,1796608729433,'35fba69be9ea40a6917d329cf484528b',33,0);
INSERT INTO "metrics" VALUES('train_loss',3.69361287317872044599e-01,1796608729433,'35fba69be9ea40a6917d329cf484528b',33,0);
INSERT INTO "metrics" VALUES('val_acc',0.42,1796608729433,'35fba69be9ea40a6917d329cf484528b',33,0);
INSERT INTO "metrics" VALUES('val_loss',1.5980702880859374293e+00,1796608729433,'35fba69be9ea40a6917d329cf484528b',33,0);
INSERT INTO "metrics" VALUES('round_seconds',8.03447951400085,1796608737483,'35fba69be9ea40a6917d329cf484528b',34,0);
INSERT INTO "metrics" VALUES('train_loss',3.61069272808730579171e-01,1796608737483,'35fba69be9ea40a6917d329cf484528b',34,0);
INSERT INTO "metrics" VALUES('val_acc',0.4174,1796608737483,'35fba69be9ea40a6917d329cf484528b',34,0);
INSERT INTO "metrics" VALUES('val_loss',1.60884089965820309409e+00,1796608737483,'35fba69be9ea40a6917d329cf484528b',34,0);
INSERT INTO "metrics" VALUES('round_seconds',8.46970546399825252592e+00,1796608745965,'35fba69be9ea40a6917d329cf484528b',35,0);
INSERT INTO "metrics" VALUES('test_acc',0.4122,1796608745965,'35fba69be9ea40a6917d329cf484528b',35,0);
INSERT INTO "metrics" VALUES('test_loss',1.6287162780761719194e+00,1796608745965,'35fba69be9ea40a6917d329cf484528b',35,0);
INSERT INTO "metrics" VALUES('train_loss',3.60545132315941097012e-01,1796608745965,'35fba69be9ea40a6917d329cf484528b',35,0);
INSERT INTO "metrics" VALUES('val_acc',0.418,1796608745965,'35fba69be9ea40a6917d329cf484528b',35,0);
INSERT INTO "metrics" VALUES('val_loss',1.6132053222656250746e+00,1796608745965,'35fba69be9ea40a6917d329cf484528b',35,0);
INSERT INTO "metrics" VALUES('round_seconds',7.88720794500113697722e+00,1796608753866,'35fba69be9ea40a6917d329cf484528b',36,0);
INSERT INTO "metrics" VALUES('train_loss',3.48900635158419569759e-01,1796608753866,'35fba69be9ea40a6917d329cf484528b',36,0);
INSERT INTO "metrics" VALUES('val_acc',0.4312,1796608753866,'35fba69be9ea40a6917d329cf484528b',36,0);
INSERT INTO "metrics" VALUES('val_loss',1.58405054931640631998e+00,1796608753866,'35fba69be9ea40a6917d329cf484528b',36,0);
INSERT INTO "metrics" VALUES('round_seconds',8.26080880099834757857e+00,1796608762142,'35fba69be9ea40a6917d329cf484528b',37,0);
INSERT INTO "metrics" VALUES('train_loss',3.55276358329653707546e-01,1796608762142,'35fba69be9ea40a6917d329cf484528b',37,0);
INSERT INTO "metrics" VALUES('val_acc',0.445,1796608762142,'35fba69be9ea40a6917d329cf484528b',37,0);
INSERT INTO "metrics" VALUES('val_loss',1.53574475097656248934e+00,1796608762142,'35fba69be9ea40a6917d329cf484528b',37,0);
INSERT INTO "metrics" VALUES('round_seconds',7.99286482000025,1796608770148,'35fba69be9ea40a6917d329cf484528b',38,0);
INSERT INTO "metrics" VALUES('train_loss',0.341024995546639,1796608770148,'35fba69be9ea40a6917d329cf484528b',38,0);
INSERT INTO "metrics" VALUES('val_acc',0.4478,1796608770148,'35fba69be9ea40a6917d329cf484528b',38,0);
INSERT INTO "metrics" VALUES('val_loss',1.53250138549804693077e+00,1796608770148,'35fba69be9ea40a6917d329cf484528b',38,0);
INSERT INTO "metrics" VALUES('round_seconds',8.33656450600028620101e+00,1796608778497,'35fba69be9ea40a6917d329cf484528b',39,0);
INSERT INTO "metrics" VALUES('train_loss',3.38948926987648058162e-01,1796608778497,'35fba69be9ea40a6917d329cf484528b',39,0);
INSERT INTO "metrics" VALUES('val_acc',0.442,1796608778497,'35fba69be9ea40a6917d329cf484528b',39,0);
INSERT INTO "metrics" VALUES('val_loss',1.52402688598632818361e+00,1796608778497,'35fba69be9ea40a6917d329cf484528b',39,0);
INSERT INTO "metrics" VALUES('round_seconds',9.65540069400231,1796608788171,'35fba69be9ea40a6917d329cf484528b',40,0);
INSERT INTO "metrics" VALUES('test_acc',0.4541,1796608788171,'35fba69be9ea40a6917d329cf484528b',40,0);
INSERT INTO "metrics" VALUES('test_loss',1.54988381042480471982e+00,1796608788171,'35fba69be9ea40a6917d329cf484528b',40,0);
INSERT INTO "metrics" VALUES('train_loss',3.3882596622452137991e-01,1796608788171,'35fba69be9ea40a6917d329cf484528b',40,0);
INSERT INTO "metrics" VALUES('val_acc',0.4432,1796608788171,'35fba69be9ea40a6917d329cf484528b',40,0);
INSERT INTO "metrics" VALUES('val_loss',1.5400874694824218114e+00,1796608788171,'35fba69be9ea40a6917d329cf484528b',40,0);
INSERT INTO "metrics" VALUES('round_seconds',9.08421882100083166733e+00,1796608797272,'35fba69be9ea40a6917d329cf484528b',41,0);
INSERT INTO "metrics" VALUES('train_loss',3.25920351684689524329e-01,1796608797272,'35fba69be9ea40a6917d329cf484528b',41,0);
INSERT INTO "metrics" VALUES('val_acc',0.4446,1796608797272,'35fba69be9ea40a6917d329cf484528b',41,0);
INSERT INTO "metrics" VALUES('val_loss',1.5261369140625,1796608797272,'35fba69be9ea40a6917d329cf484528b',41,0);
INSERT INTO "metrics" VALUES('round_seconds',1.00840843699988909061e+01,1796608807376,'35fba69be9ea40a6917d329cf484528b',42,0);
INSERT INTO "metrics" VALUES('train_loss',0.3208817443645,1796608807376,'35fba69be9ea40a6917d329cf484528b',42,0);
INSERT INTO "metrics" VALUES('val_acc',0.4472,1796608807376,'35fba69be9ea40a6917d329cf484528b',42,0);
INSERT INTO "metrics" VALUES('val_loss',1.52067140502929687428e+00,1796608807376,'35fba69be9ea40a6917d329cf484528b',42,0);
INSERT INTO "metrics" VALUES('round_seconds',8.6835100690004765056e+00,1796608816074,'35fba69be9ea40a6917d329cf484528b',43,0);
INSERT INTO "metrics" VALUES('train_loss',3.28358681440949373708e-01,1796608816074,'35fba69be9ea40a6917d329cf484528b',43,0);
INSERT INTO "metrics" VALUES('val_acc',0.4512,1796608816074,'35fba69be9ea40a6917d329cf484528b',43,0);
INSERT INTO "metrics" VALUES('val_loss',1.52635009765625,1796608816074,'35fba69be9ea40a6917d329cf484528b',43,0);
INSERT INTO "metrics" VALUES('round_seconds',8.52650779200121178291e+00,1796608824614,'35fba69be9ea40a6917d329cf484528b',44,0);
INSERT INTO "metrics" VALUES('train_loss',3.21130459313094640538e-01,1796608824614,'35fba69be9ea40a6917d329cf484528b',44,0);
INSERT INTO "metrics" VALUES('val_acc',0.4534,1796608824614,'35fba69be9ea40a6917d329cf484528b',44,0);
INSERT INTO "metrics" VALUES('val_loss',1.5024736328125,1796608824614,'35fba69be9ea40a6917d329cf484528b',44,0);
INSERT INTO "metrics" VALUES('round_seconds',8.9937912739987950772e+00,1796608833622,'35fba69be9ea40a6917d329cf484528b',45,0);
INSERT INTO "metrics" VALUES('test_acc',0.457,1796608833622,'35fba69be9ea40a6917d329cf484528b',45,0);
INSERT INTO "metrics" VALUES('test_loss',1.52674311218261715694e+00,1796608833622,'35fba69be9ea40a6917d329cf484528b',45,0);
INSERT INTO "metrics" VALUES('train_loss',3.22193581938296558231e-01,1796608833622,'35fba69be9ea40a6917d329cf484528b',45,0);
INSERT INTO "metrics" VALUES('val_acc',0.4584,1796608833622,'35fba69be9ea40a6917d329cf484528b',45,0);
INSERT INTO "metrics" VALUES('val_loss',1.51092977294921881892e+00,1796608833622,'35fba69be9ea40a6917d329cf484528b',45,0);
INSERT INTO "metrics" VALUES('round_seconds',8.27054896999834454618e+00,1796608841907,'35fba69be9ea40a6917d329cf484528b',46,0);
INSERT INTO "metrics" VALUES('train_loss',3.10930257636457763048e-01,1796608841907,'35fba69be9ea40a6917d329cf484528b',46,0);
INSERT INTO "metrics" VALUES('val_acc',0.4594,1796608841907,'35fba69be9ea40a6917d329cf484528b',46,0);
INSERT INTO "metrics" VALUES('val_loss',1.52286729125976560972e+00,1796608841907,'35fba69be9ea40a6917d329cf484528b',46,0);
INSERT INTO "metrics" VALUES('round_seconds',8.26032342200051,1796608850180,'35fba69be9ea40a6917d329cf484528b',47,0);
INSERT INTO "metrics" VALUES('train_loss',3.17434316474497268956e-01,1796608850180,'35fba69be9ea40a6917d329cf484528b',47,0);
INSERT INTO "metrics" VALUES('val_acc',0.4724,1796608850180,'35fba69be9ea40a6917d329cf484528b',47,0);
INSERT INTO "metrics" VALUES('val_loss',1.46526350097656243853e+00,1796608850180,'35fba69be9ea40a6917d329cf484528b',47,0);
INSERT INTO "metrics" VALUES('round_seconds',8.42073747399990679696e+00,1796608858615,'35fba69be9ea40a6917d329cf484528b',48,0);
INSERT INTO "metrics" VALUES('train_loss',0.302385106959939,1796608858615,'35fba69be9ea40a6917d329cf484528b',48,0);
INSERT INTO "metrics" VALUES('val_acc',0.468,1796608858615,'35fba69be9ea40a6917d329cf484528b',48,0);
INSERT INTO "metrics" VALUES('val_loss',1.49311906127929683307e+00,1796608858615,'35fba69be9ea40a6917d329cf484528b',48,0);
INSERT INTO "metrics" VALUES('round_seconds',8.51000604399814619682e+00,1796608867142,'35fba69be9ea40a6917d329cf484528b',49,0);
INSERT INTO "metrics" VALUES('train_loss',2.99804624892473225994e-01,1796608867142,'35fba69be9ea40a6917d329cf484528b',49,0);
INSERT INTO "metrics" VALUES('val_acc',0.4788,1796608867142,'35fba69be9ea40a6917d329cf484528b',49,0);
INSERT INTO "metrics" VALUES('val_loss',1.45848637695312510764e+00,1796608867142,'35fba69be9ea40a6917d329cf484528b',49,0);
INSERT INTO "metrics" VALUES('round_seconds',8.84882674500113353133e+00,1796608876004,'35fba69be9ea40a6917d329cf484528b',50,0);
INSERT INTO "metrics" VALUES('test_acc',0.4784,1796608876004,'35fba69be9ea40a6917d329cf484528b',50,0);
INSERT INTO "metrics" VALUES('test_loss',1.49808095397949214699e+00,1796608876004,'35fba69be9ea40a6917d329cf484528b',50,0);
INSERT INTO "metrics" VALUES('train_loss',2.88684518437087533904e-01,1796608876004,'35fba69be9ea40a6917d329cf484528b',50,0);
INSERT INTO "metrics" VALUES('val_acc',0.4718,1796608876004,'35fba69be9ea40a6917d329cf484528b',50,0);
INSERT INTO "metrics" VALUES('val_loss',1.47866891479492190697e+00,1796608876004,'35fba69be9ea40a6917d329cf484528b',50,0);
INSERT INTO "metrics" VALUES('round_seconds',8.44475242599946795962e+00,1796608884463,'35fba69be9ea40a6917d329cf484528b',51,0);
INSERT INTO "metrics" VALUES('train_loss',2.98290685818195344669e-01,1796608884463,'35fba69be9ea40a6917d329cf484528b',51,0);
INSERT INTO "metrics" VALUES('val_acc',0.4878,1796608884463,'35fba69be9ea40a6917d329cf484528b',51,0);
INSERT INTO "metrics" VALUES('val_loss',1.46185474853515628979e+00,1796608884463,'35fba69be9ea40a6917d329cf484528b',51,0);
INSERT INTO "metrics" VALUES('round_seconds',8.7461709820017858874e+00,1796608893230,'35fba69be9ea40a6917d329cf484528b',52,0);
INSERT INTO "metrics" VALUES('train_loss',2.87974495884664338785e-01,1796608893230,'35fba69be9ea40a6917d329cf484528b',52,0);
INSERT INTO "metrics" VALUES('val_acc',0.4596,1796608893230,'35fba69be9ea40a6917d329cf484528b',52,0);
INSERT INTO "metrics" VALUES('val_loss',1.50082551879882819534e+00,1796608893230,'35fba69be9ea40a6917d329cf484528b',52,0);
INSERT INTO "metrics" VALUES('round_seconds',8.93266169599883141927e+00,1796608902177,'35fba69be9ea40a6917d329cf484528b',53,0);
INSERT INTO "metrics" VALUES('train_loss',2.90465631279051283986e-01,1796608902177,'35fba69be9ea40a6917d329cf484528b',53,0);
INSERT INTO "metrics" VALUES('val_acc',0.4732,1796608902177,'35fba69be9ea40a6917d329cf484528b',53,0);
INSERT INTO "metrics" VALUES('val_loss',1.48047035522460945777e+00,1796608902177,'35fba69be9ea40a6917d329cf484528b',53,0);
INSERT INTO "metrics" VALUES('round_seconds',8.27943391000008,1796608910470,'35fba69be9ea40a6917d329cf484528b',54,0);
INSERT INTO "metrics" VALUES('train_loss',2.90714445920884578811e-01,1796608910470,'35fba69be9ea40a6917d329cf484528b',54,0);
INSERT INTO "metrics" VALUES('val_acc',0.4564,1796608910470,'35fba69be9ea40a6917d329cf484528b',54,0);
INSERT INTO "metrics" VALUES('val_loss',1.53958690185546864803e+00,1796608910470,'35fba69be9ea40a6917d329cf484528b',54,0);
INSERT INTO "metrics" VALUES('round_seconds',8.77166090299942879937e+00,1796608919255,'35fba69be9ea40a6917d329cf484528b',55,0);
INSERT INTO "metrics" VALUES('test_acc',0.4718,1796608919255,'35fba69be9ea40a6917d329cf484528b',55,0);
INSERT INTO "metrics" VALUES('test_loss',1.52647023925781244457e+00,1796608919255,'35fba69be9ea40a6917d329cf484528b',55,0);
INSERT INTO "metrics" VALUES('train_loss',2.80872383470237296787e-01,1796608919255,'35fba69be9ea40a6917d329cf484528b',55,0);
INSERT INTO "metrics" VALUES('val_acc',0.4704,1796608919255,'35fba69be9ea40a6917d329cf484528b',55,0);
INSERT INTO "metrics" VALUES('val_loss',1.50148126220703126421e+00,1796608919255,'35fba69be9ea40a6917d329cf484528b',55,0);
INSERT INTO "metrics" VALUES('round_seconds',8.21234393999839,1796608927482,'35fba69be9ea40a6917d329cf484528b',56,0);
INSERT INTO "metrics" VALUES('train_loss',2.76040037400722471083e-01,1796608927482,'35fba69be9ea40a6917d329cf484528b',56,0);
INSERT INTO "metrics" VALUES('val_acc',0.4556,1796608927482,'35fba69be9ea40a6917d329cf484528b',56,0);
INSERT INTO "metrics" VALUES('val_loss',1.53979358520507814134e+00,1796608927482,'35fba69be9ea40a6917d329cf484528b',56,0);
INSERT INTO "metrics" VALUES('round_seconds',8.01755408499957411549e+00,1796608935513,'35fba69be9ea40a6917d329cf484528b',57,0);
INSERT INTO "metrics" VALUES('train_loss',0.269258640216887,1796608935513,'35fba69be9ea40a6917d329cf484528b',57,0);
INSERT INTO "metrics" VALUES('val_acc',0.4568,1796608935513,'35fba69be9ea40a6917d329cf484528b',57,0);
INSERT INTO "metrics" VALUES('val_loss',1.56833411865234384485e+00,1796608935513,'35fba69be9ea40a6917d329cf484528b',57,0);
INSERT INTO "metrics" VALUES('round_seconds',8.3778462830014177598e+00,1796608943903,'35fba69be9ea40a6917d329cf484528b',58,0);
INSERT INTO "metrics" VALUES('train_loss',2.73279273832216840212e-01,1796608943903,'35fba69be9ea40a6917d329cf484528b',58,0);
INSERT INTO "metrics" VALUES('val_acc',0.457,1796608943903,'35fba69be9ea40a6917d329cf484528b',58,0);
INSERT INTO "metrics" VALUES('val_loss',1.53742406616210947056e+00,1796608943903,'35fba69be9ea40a6917d329cf484528b',58,0);
INSERT INTO "metrics" VALUES('round_seconds',9.29340444300032686442e+00,1796608953212,'35fba69be9ea40a6917d329cf484528b',59,0);
INSERT INTO "metrics" VALUES('train_loss',2.73657048279643044796e-01,1796608953212,'35fba69be9ea40a6917d329cf484528b',59,0);
INSERT INTO "metrics" VALUES('val_acc',0.4632,1796608953212,'35fba69be9ea40a6917d329cf484528b',59,0);
INSERT INTO "metrics" VALUES('val_loss',1.54532315368652350962e+00,1796608953212,'35fba69be9ea40a6917d329cf484528b',59,0);
INSERT INTO "metrics" VALUES('round_seconds',8.44129233999774442054e+00,1796608961667,'35fba69be9ea40a6917d329cf484528b',60,0);
INSERT INTO "metrics" VALUES('test_acc',0.465,1796608961667,'35fba69be9ea40a6917d329cf484528b',60,0);
INSERT INTO "metrics" VALUES('test_loss',1.55680546264648445031e+00,1796608961667,'35fba69be9ea40a6917d329cf484528b',60,0);
INSERT INTO "metrics" VALUES('train_loss',2.61776999131701881839e-01,1796608961667,'35fba69be9ea40a6917d329cf484528b',60,0);
INSERT INTO "metrics" VALUES('val_acc',0.4574,1796608961667,'35fba69be9ea40a6917d329cf484528b',60,0);
INSERT INTO "metrics" VALUES('val_loss',1.53898135375976563565e+00,1796608961667,'35fba69be9ea40a6917d329cf484528b',60,0);
INSERT INTO "metrics" VALUES('round_seconds',7.7337727739977708552e+00,1796608969414,'35fba69be9ea40a6917d329cf484528b',61,0);
INSERT INTO "metrics" VALUES('train_loss',2.70539851626157734632e-01,1796608969414,'35fba69be9ea40a6917d329cf484528b',61,0);
INSERT INTO "metrics" VALUES('val_acc',0.458,1796608969414,'35fba69be9ea40a6917d329cf484528b',61,0);
INSERT INTO "metrics" VALUES('val_loss',1.55288433532714842399e+00,1796608969414,'35fba69be9ea40a6917d329cf484528b',61,0);
INSERT INTO "metrics" VALUES('round_seconds',8.02831887299908,1796608977455,'35fba69be9ea40a6917d329cf484528b',62,0);
INSERT INTO "metrics" VALUES('train_loss',2.62334454392790739074e-01,1796608977455,'35fba69be9ea40a6917d329cf484528b',62,0);
INSERT INTO "metrics" VALUES('val_acc',0.4586,1796608977455,'35fba69be9ea40a6917d329cf484528b',62,0);
INSERT INTO "metrics" VALUES('val_loss',1.5325503479003905749e+00,1796608977455,'35fba69be9ea40a6917d329cf484528b',62,0);
INSERT INTO "metrics" VALUES('round_seconds',8.03529293999963556416e+00,1796608985505,'35fba69be9ea40a6917d329cf484528b',63,0);
INSERT INTO "metrics" VALUES('train_loss',2.78456376278400419277e-01,1796608985505,'35fba69be9ea40a6917d329cf484528b',63,0);
INSERT INTO "metrics" VALUES('val_acc',0.4756,1796608985505,'35fba69be9ea40a6917d329cf484528b',63,0);
INSERT INTO "metrics" VALUES('val_loss',1.50394878540039056424e+00,1796608985505,'35fba69be9ea40a6917d329cf484528b',63,0);
INSERT INTO "metrics" VALUES('round_seconds',7.89222735600196756422e+00,1796608993410,'35fba69be9ea40a6917d329cf484528b',64,0);
INSERT INTO "metrics" VALUES('train_loss',2.57802558157891048562e-01,1796608993410,'35fba69be9ea40a6917d329cf484528b',64,0);
INSERT INTO "metrics" VALUES('val_acc',0.4576,1796608993410,'35fba69be9ea40a6917d329cf484528b',64,0);
INSERT INTO "metrics" VALUES('val_loss',1.56967518310546871873e+00,1796608993410,'35fba69be9ea40a6917d329cf484528b',64,0);
INSERT INTO "metrics" VALUES('round_seconds',8.60467417100153397768e+00,1796609002028,'35fba69be9ea40a6917d329cf484528b',65,0);
INSERT INTO "metrics" VALUES('test_acc',0.4639,1796609002028,'35fba69be9ea40a6917d329cf484528b',65,0);
INSERT INTO "metrics" VALUES('test_loss',1.56147204437255848752e+00,1796609002028,'35fba69be9ea40a6917d329cf484528b',65,0);
INSERT INTO "metrics" VALUES('train_loss',2.74967427480816817286e-01,1796609002028,'35fba69be9ea40a6917d329cf484528b',65,0);
INSERT INTO "metrics" VALUES('val_acc',0.4644,1796609002028,'35fba69be9ea40a6917d329cf484528b',65,0);
INSERT INTO "metrics" VALUES('val_loss',1.54229869995117185865e+00,1796609002028,'35fba69be9ea40a6917d329cf484528b',65,0);
INSERT INTO "metrics" VALUES('round_seconds',9.09176343700164579786e+00,1796609011139,'35fba69be9ea40a6917d329cf484528b',66,0);
INSERT INTO "metrics" VALUES('train_loss',2.5300261866122475407e-01,1796609011139,'35fba69be9ea40a6917d329cf484528b',66,0);
INSERT INTO "metrics" VALUES('val_acc',0.4484,1796609011139,'35fba69be9ea40a6917d329cf484528b',66,0);
INSERT INTO "metrics" VALUES('val_loss',1.63870498657226559835e+00,1796609011139,'35fba69be9ea40a6917d329cf484528b',66,0);
INSERT INTO "metrics" VALUES('round_seconds',8.20612158400035696104e+00,1796609019359,'35fba69be9ea40a6917d329cf484528b',67,0);
INSERT INTO "metrics" VALUES('train_loss',2.564676207482069481e-01,1796609019359,'35fba69be9ea40a6917d329cf484528b',67,0);
INSERT INTO "metrics" VALUES('val_acc',0.4558,1796609019359,'35fba69be9ea40a6917d329cf484528b',67,0);
INSERT INTO "metrics" VALUES('val_loss',1.59106725463867193504e+00,1796609019359,'35fba69be9ea40a6917d329cf484528b',67,0);
INSERT INTO "metrics" VALUES('round_seconds',9.02799775499806855805e+00,1796609028400,'35fba69be9ea40a6917d329cf484528b',68,0);
INSERT INTO "metrics" VALUES('train_loss',2.49092988638579787563e-01,1796609028400,'35fba69be9ea40a6917d329cf484528b',68,0);
INSERT INTO "metrics" VALUES('val_acc',0.4536,1796609028400,'35fba69be9ea40a6917d329cf484528b',68,0);
INSERT INTO "metrics" VALUES('val_loss',1.6252867126464842773e+00,1796609028400,'35fba69be9ea40a6917d329cf484528b',68,0);
INSERT INTO "metrics" VALUES('round_seconds',8.23622111599979689344e+00,1796609036650,'35fba69be9ea40a6917d329cf484528b',69,0);
INSERT INTO "metrics" VALUES('train_loss',2.60276689596772192736e-01,1796609036650,'35fba69be9ea40a6917d329cf484528b',69,0);
INSERT INTO "metrics" VALUES('val_acc',0.4564,1796609036650,'35fba69be9ea40a6917d329cf484528b',69,0);
INSERT INTO "metrics" VALUES('val_loss',1.57287256469726566265e+00,1796609036650,'35fba69be9ea40a6917d329cf484528b',69,0);
INSERT INTO "metrics" VALUES('round_seconds',8.66843318000246654264e+00,1796609045333,'35fba69be9ea40a6917d329cf484528b',70,0);
INSERT INTO "metrics" VALUES('test_acc',0.461,1796609045333,'35fba69be9ea40a6917d329cf484528b',70,0);
INSERT INTO "metrics" VALUES('test_loss',1.64074837799072259514e+00,1796609045333,'35fba69be9ea40a6917d329cf484528b',70,0);
INSERT INTO "metrics" VALUES('train_loss',2.42103089685165334676e-01,1796609045333,'35fba69be9ea40a6917d329cf484528b',70,0);
INSERT INTO "metrics" VALUES('val_acc',0.4562,1796609045333,'35fba69be9ea40a6917d329cf484528b',70,0);
INSERT INTO "metrics" VALUES('val_loss',1.62026624755859383064e+00,1796609045333,'35fba69be9ea40a6917d329cf484528b',70,0);
INSERT INTO "metrics" VALUES('round_seconds',1.13398273159982636575e+01,1796609056686,'35fba69be9ea40a6917d329cf484528b',71,0);
INSERT INTO "metrics" VALUES('train_loss',2.63370142704248411114e-01,1796609056686,'35fba69be9ea40a6917d329cf484528b',71,0);
INSERT INTO "metrics" VALUES('val_acc',0.4622,1796609056686,'35fba69be9ea40a6917d329cf484528b',71,0);
INSERT INTO "metrics" VALUES('val_loss',1.55748485717773443859e+00,1796609056686,'35fba69be9ea40a6917d329cf484528b',71,0);
INSERT INTO "metrics" VALUES('round_seconds',1.09036017020007420792e+01,1796609067611,'35fba69be9ea40a6917d329cf484528b',72,0);
INSERT INTO "metrics" VALUES('train_loss',2.41378382004573954766e-01,1796609067611,'35fba69be9ea40a6917d329cf484528b',72,0);
INSERT INTO "metrics" VALUES('val_acc',0.4676,1796609067611,'35fba69be9ea40a6917d329cf484528b',72,0);
INSERT INTO "metrics" VALUES('val_loss',1.53484098510742184018e+00,1796609067611,'35fba69be9ea40a6917d329cf484528b',72,0);
INSERT INTO "metrics" VALUES('round_seconds',8.70456147100048838183e+00,1796609076334,'35fba69be9ea40a6917d329cf484528b',73,0);
INSERT INTO "metrics" VALUES('train_loss',2.417936613786220712e-01,1796609076334,'35fba69be9ea40a6917d329cf484528b',73,0);
INSERT INTO "metrics" VALUES('val_acc',0.4586,1796609076334,'35fba69be9ea40a6917d329cf484528b',73,0);
INSERT INTO "metrics" VALUES('val_loss',1.57674337158203115016e+00,1796609076334,'35fba69be9ea40a6917d329cf484528b',73,0);
INSERT INTO "metrics" VALUES('round_seconds',7.82530417199814110063e+00,1796609084173,'35fba69be9ea40a6917d329cf484528b',74,0);
INSERT INTO "metrics" VALUES('train_loss',2.46174768699705559527e-01,1796609084173,'35fba69be9ea40a6917d329cf484528b',74,0);
INSERT INTO "metrics" VALUES('val_acc',0.4666,1796609084173,'35fba69be9ea40a6917d329cf484528b',74,0);
INSERT INTO "metrics" VALUES('val_loss',1.56016026611328118001e+00,1796609084173,'35fba69be9ea40a6917d329cf484528b',74,0);
INSERT INTO "metrics" VALUES('round_seconds',8.63818073899892624467e+00,1796609092825,'35fba69be9ea40a6917d329cf484528b',75,0);
INSERT INTO "metrics" VALUES('test_acc',0.4541,1796609092825,'35fba69be9ea40a6917d329cf484528b',75,0);
INSERT INTO "metrics" VALUES('test_loss',1.65337219696044912531e+00,1796609092825,'35fba69be9ea40a6917d329cf484528b',75,0);
INSERT INTO "metrics" VALUES('train_loss',2.31083755147755171011e-01,1796609092825,'35fba69be9ea40a6917d329cf484528b',75,0);
INSERT INTO "metrics" VALUES('val_acc',0.4502,1796609092825,'35fba69be9ea40a6917d329cf484528b',75,0);
INSERT INTO "metrics" VALUES('val_loss',1.63580246582031252344e+00,1796609092825,'35fba69be9ea40a6917d329cf484528b',75,0);
INSERT INTO "metrics" VALUES('round_seconds',8.08220987599997897632e+00,1796609100921,'35fba69be9ea40a6917d329cf484528b',76,0);
INSERT INTO "metrics" VALUES('train_loss',2.33115967997685080703e-01,1796609100921,'35fba69be9ea40a6917d329cf484528b',76,0);
INSERT INTO "metrics" VALUES('val_acc',0.4632,1796609100921,'35fba69be9ea40a6917d329cf484528b',76,0);
INSERT INTO "metrics" VALUES('val_loss',1.55984219970703130719e+00,1796609100921,'35fba69be9ea40a6917d329cf484528b',76,0);
INSERT INTO "metrics" VALUES('round_seconds',8.36140482700284337624e+00,1796609109296,'35fba69be9ea40a6917d329cf484528b',77,0);
INSERT INTO "metrics" VALUES('train_loss',2.38424233648627970083e-01,1796609109296,'35fba69be9ea40a6917d329cf484528b',77,0);
INSERT INTO "metrics" VALUES('val_acc',0.4516,1796609109296,'35fba69be9ea40a6917d329cf484528b',77,0);
INSERT INTO "metrics" VALUES('val_loss',1.62665455017089843892e+00,1796609109296,'35fba69be9ea40a6917d329cf484528b',77,0);
INSERT INTO "metrics" VALUES('round_seconds',8.43275340800028,1796609117743,'35fba69be9ea40a6917d329cf484528b',78,0);
INSERT INTO "metrics" VALUES('train_loss',2.37038566800765682085e-01,1796609117743,'35fba69be9ea40a6917d329cf484528b',78,0);
INSERT INTO "metrics" VALUES('val_acc',0.4694,1796609117743,'35fba69be9ea40a6917d329cf484528b',78,0);
INSERT INTO "metrics" VALUES('val_loss',1.55438321533203116509e+00,1796609117743,'35fba69be9ea40a6917d329cf484528b',78,0);
INSERT INTO "metrics" VALUES('round_seconds',8.42846028200074215419e+00,1796609126185,'35fba69be9ea40a6917d329cf484528b',79,0);
INSERT INTO "metrics" VALUES('train_loss',2.37113556523621094029e-01,1796609126185,'35fba69be9ea40a6917d329cf484528b',79,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796609126185,'35fba69be9ea40a6917d329cf484528b',79,0);
INSERT INTO "metrics" VALUES('val_loss',1.56097258300781249751e+00,1796609126185,'35fba69be9ea40a6917d329cf484528b',79,0);
INSERT INTO "metrics" VALUES('round_seconds',9.19726342600188218057e+00,1796609135396,'35fba69be9ea40a6917d329cf484528b',80,0);
INSERT INTO "metrics" VALUES('test_acc',0.4652,1796609135396,'35fba69be9ea40a6917d329cf484528b',80,0);
INSERT INTO "metrics" VALUES('test_loss',1.59740549926757813281e+00,1796609135396,'35fba69be9ea40a6917d329cf484528b',80,0);
INSERT INTO "metrics" VALUES('train_loss',2.26978044065833078901e-01,1796609135396,'35fba69be9ea40a6917d329cf484528b',80,0);
INSERT INTO "metrics" VALUES('val_acc',0.4632,1796609135396,'35fba69be9ea40a6917d329cf484528b',80,0);
INSERT INTO "metrics" VALUES('val_loss',1.56891923217773432419e+00,1796609135396,'35fba69be9ea40a6917d329cf484528b',80,0);
INSERT INTO "metrics" VALUES('round_seconds',8.61040202799995313398e+00,1796609144024,'35fba69be9ea40a6917d329cf484528b',81,0);
INSERT INTO "metrics" VALUES('train_loss',2.31185888453526416919e-01,1796609144024,'35fba69be9ea40a6917d329cf484528b',81,0);
INSERT INTO "metrics" VALUES('val_acc',0.4524,1796609144024,'35fba69be9ea40a6917d329cf484528b',81,0);
INSERT INTO "metrics" VALUES('val_loss',1.63754237670898428191e+00,1796609144024,'35fba69be9ea40a6917d329cf484528b',81,0);
INSERT INTO "metrics" VALUES('round_seconds',8.73315634400205453857e+00,1796609152772,'35fba69be9ea40a6917d329cf484528b',82,0);
INSERT INTO "metrics" VALUES('train_loss',2.23976966355945938946e-01,1796609152772,'35fba69be9ea40a6917d329cf484528b',82,0);
INSERT INTO "metrics" VALUES('val_acc',0.453,1796609152772,'35fba69be9ea40a6917d329cf484528b',82,0);
INSERT INTO "metrics" VALUES('val_loss',1.63366451416015623365e+00,1796609152772,'35fba69be9ea40a6917d329cf484528b',82,0);
INSERT INTO "metrics" VALUES('round_seconds',8.5264598030007618945e+00,1796609161313,'35fba69be9ea40a6917d329cf484528b',83,0);
INSERT INTO "metrics" VALUES('train_loss',2.29614794687479750745e-01,1796609161313,'35fba69be9ea40a6917d329cf484528b',83,0);
INSERT INTO "metrics" VALUES('val_acc',0.4604,1796609161313,'35fba69be9ea40a6917d329cf484528b',83,0);
INSERT INTO "metrics" VALUES('val_loss',1.598143597412109429e+00,1796609161313,'35fba69be9ea40a6917d329cf484528b',83,0);
INSERT INTO "metrics" VALUES('round_seconds',8.23941695900066406466e+00,1796609169566,'35fba69be9ea40a6917d329cf484528b',84,0);
INSERT INTO "metrics" VALUES('train_loss',2.24107164803147324017e-01,1796609169566,'35fba69be9ea40a6917d329cf484528b',84,0);
INSERT INTO "metrics" VALUES('val_acc',0.467,1796609169566,'35fba69be9ea40a6917d329cf484528b',84,0);
INSERT INTO "metrics" VALUES('val_loss',1.56982834472656240798e+00,1796609169566,'35fba69be9ea40a6917d329cf484528b',84,0);
INSERT INTO "metrics" VALUES('round_seconds',8.89779475999967,1796609178477,'35fba69be9ea40a6917d329cf484528b',85,0);
INSERT INTO "metrics" VALUES('test_acc',0.4667,1796609178477,'35fba69be9ea40a6917d329cf484528b',85,0);
INSERT INTO "metrics" VALUES('test_loss',1.59761247711181630926e+00,1796609178477,'35fba69be9ea40a6917d329cf484528b',85,0);
INSERT INTO "metrics" VALUES('train_loss',0.231761464099586,1796609178477,'35fba69be9ea40a6917d329cf484528b',85,0);
INSERT INTO "metrics" VALUES('val_acc',0.4698,1796609178477,'35fba69be9ea40a6917d329cf484528b',85,0);
INSERT INTO "metrics" VALUES('val_loss',1.57720979003906247584e+00,1796609178477,'35fba69be9ea40a6917d329cf484528b',85,0);
INSERT INTO "metrics" VALUES('round_seconds',8.32297844400091,1796609186817,'35fba69be9ea40a6917d329cf484528b',86,0);
INSERT INTO "metrics" VALUES('train_loss',2.14864510882198794794e-01,1796609186817,'35fba69be9ea40a6917d329cf484528b',86,0);
INSERT INTO "metrics" VALUES('val_acc',0.4748,1796609186817,'35fba69be9ea40a6917d329cf484528b',86,0);
INSERT INTO "metrics" VALUES('val_loss',1.56120593261718743072e+00,1796609186817,'35fba69be9ea40a6917d329cf484528b',86,0);
INSERT INTO "metrics" VALUES('round_seconds',8.61172651800006860867e+00,1796609195443,'35fba69be9ea40a6917d329cf484528b',87,0);
INSERT INTO "metrics" VALUES('train_loss',2.18038822096586232257e-01,1796609195443,'35fba69be9ea40a6917d329cf484528b',87,0);
INSERT INTO "metrics" VALUES('val_acc',0.4744,1796609195443,'35fba69be9ea40a6917d329cf484528b',87,0);
INSERT INTO "metrics" VALUES('val_loss',1.56570475463867198051e+00,1796609195443,'35fba69be9ea40a6917d329cf484528b',87,0);
INSERT INTO "metrics" VALUES('round_seconds',8.55786964100116165354e+00,1796609204020,'35fba69be9ea40a6917d329cf484528b',88,0);
INSERT INTO "metrics" VALUES('train_loss',2.21815572945773614721e-01,1796609204020,'35fba69be9ea40a6917d329cf484528b',88,0);
INSERT INTO "metrics" VALUES('val_acc',0.4696,1796609204020,'35fba69be9ea40a6917d329cf484528b',88,0);
INSERT INTO "metrics" VALUES('val_loss',1.61291355590820306709e+00,1796609204020,'35fba69be9ea40a6917d329cf484528b',88,0);
INSERT INTO "metrics" VALUES('round_seconds',7.97702629400009755045e+00,1796609212011,'35fba69be9ea40a6917d329cf484528b',89,0);
INSERT INTO "metrics" VALUES('train_loss',2.16477923227511331871e-01,1796609212011,'35fba69be9ea40a6917d329cf484528b',89,0);
INSERT INTO "metrics" VALUES('val_acc',0.4768,1796609212011,'35fba69be9ea40a6917d329cf484528b',89,0);
INSERT INTO "metrics" VALUES('val_loss',1.57062992553710945031e+00,1796609212011,'35fba69be9ea40a6917d329cf484528b',89,0);
INSERT INTO "metrics" VALUES('round_seconds',8.55192021300172200426e+00,1796609220576,'35fba69be9ea40a6917d329cf484528b',90,0);
INSERT INTO "metrics" VALUES('test_acc',0.4653,1796609220576,'35fba69be9ea40a6917d329cf484528b',90,0);
INSERT INTO "metrics" VALUES('test_loss',1.65099992065429690413e+00,1796609220576,'35fba69be9ea40a6917d329cf484528b',90,0);
INSERT INTO "metrics" VALUES('train_loss',2.10146557573229114668e-01,1796609220576,'35fba69be9ea40a6917d329cf484528b',90,0);
INSERT INTO "metrics" VALUES('val_acc',0.4676,1796609220576,'35fba69be9ea40a6917d329cf484528b',90,0);
INSERT INTO "metrics" VALUES('val_loss',1.61746527099609371802e+00,1796609220576,'35fba69be9ea40a6917d329cf484528b',90,0);
INSERT INTO "metrics" VALUES('round_seconds',8.71665029699943261221e+00,1796609229310,'35fba69be9ea40a6917d329cf484528b',91,0);
INSERT INTO "metrics" VALUES('train_loss',2.13508113202750648973e-01,1796609229310,'35fba69be9ea40a6917d329cf484528b',91,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796609229310,'35fba69be9ea40a6917d329cf484528b',91,0);
INSERT INTO "metrics" VALUES('val_loss',1.59673353271484375071e+00,1796609229310,'35fba69be9ea40a6917d329cf484528b',91,0);
INSERT INTO "metrics" VALUES('round_seconds',7.98738130999845452606e+00,1796609237312,'35fba69be9ea40a6917d329cf484528b',92,0);
INSERT INTO "metrics" VALUES('train_loss',2.08149808011800052653e-01,1796609237312,'35fba69be9ea40a6917d329cf484528b',92,0);
INSERT INTO "metrics" VALUES('val_acc',0.4696,1796609237312,'35fba69be9ea40a6917d329cf484528b',92,0);
INSERT INTO "metrics" VALUES('val_loss',1.60348178710937494528e+00,1796609237312,'35fba69be9ea40a6917d329cf484528b',92,0);
INSERT INTO "metrics" VALUES('round_seconds',8.28105693399993469938e+00,1796609245607,'35fba69be9ea40a6917d329cf484528b',93,0);
INSERT INTO "metrics" VALUES('train_loss',2.17323288694024091549e-01,1796609245607,'35fba69be9ea40a6917d329cf484528b',93,0);
INSERT INTO "metrics" VALUES('val_acc',0.4516,1796609245607,'35fba69be9ea40a6917d329cf484528b',93,0);
INSERT INTO "metrics" VALUES('val_loss',1.6444965942382812063e+00,1796609245607,'35fba69be9ea40a6917d329cf484528b',93,0);
INSERT INTO "metrics" VALUES('round_seconds',8.65738015599708887748e+00,1796609254278,'35fba69be9ea40a6917d329cf484528b',94,0);
INSERT INTO "metrics" VALUES('train_loss',2.08927401945218443879e-01,1796609254278,'35fba69be9ea40a6917d329cf484528b',94,0);
INSERT INTO "metrics" VALUES('val_acc',0.4616,1796609254278,'35fba69be9ea40a6917d329cf484528b',94,0);
INSERT INTO "metrics" VALUES('val_loss',1.61794447631835947021e+00,1796609254278,'35fba69be9ea40a6917d329cf484528b',94,0);
INSERT INTO "metrics" VALUES('round_seconds',9.1926468060009938199e+00,1796609263490,'35fba69be9ea40a6917d329cf484528b',95,0);
INSERT INTO "metrics" VALUES('test_acc',0.4518,1796609263490,'35fba69be9ea40a6917d329cf484528b',95,0);
INSERT INTO "metrics" VALUES('test_loss',1.67229207763671872122e+00,1796609263490,'35fba69be9ea40a6917d329cf484528b',95,0);
INSERT INTO "metrics" VALUES('train_loss',2.11353654970079657404e-01,1796609263490,'35fba69be9ea40a6917d329cf484528b',95,0);
INSERT INTO "metrics" VALUES('val_acc',0.4524,1796609263490,'35fba69be9ea40a6917d329cf484528b',95,0);
INSERT INTO "metrics" VALUES('val_loss',1.65603585815429688032e+00,1796609263490,'35fba69be9ea40a6917d329cf484528b',95,0);
INSERT INTO "metrics" VALUES('round_seconds',9.86999114300124347209e+00,1796609273376,'35fba69be9ea40a6917d329cf484528b',96,0);
INSERT INTO "metrics" VALUES('train_loss',2.08100621849745537339e-01,1796609273376,'35fba69be9ea40a6917d329cf484528b',96,0);
INSERT INTO "metrics" VALUES('val_acc',0.4576,1796609273376,'35fba69be9ea40a6917d329cf484528b',96,0);
INSERT INTO "metrics" VALUES('val_loss',1.6412570556640624364e+00,1796609273376,'35fba69be9ea40a6917d329cf484528b',96,0);
INSERT INTO "metrics" VALUES('round_seconds',8.78831741300018620677e+00,1796609282179,'35fba69be9ea40a6917d329cf484528b',97,0);
INSERT INTO "metrics" VALUES('train_loss',2.08276340438872609173e-01,1796609282179,'35fba69be9ea40a6917d329cf484528b',97,0);
INSERT INTO "metrics" VALUES('val_acc',0.4718,1796609282179,'35fba69be9ea40a6917d329cf484528b',97,0);
INSERT INTO "metrics" VALUES('val_loss',1.61971351623535153585e+00,1796609282179,'35fba69be9ea40a6917d329cf484528b',97,0);
INSERT INTO "metrics" VALUES('round_seconds',9.33015358199918409809e+00,1796609291528,'35fba69be9ea40a6917d329cf484528b',98,0);
INSERT INTO "metrics" VALUES('train_loss',2.02949688440635794828e-01,1796609291528,'35fba69be9ea40a6917d329cf484528b',98,0);
INSERT INTO "metrics" VALUES('val_acc',0.4656,1796609291528,'35fba69be9ea40a6917d329cf484528b',98,0);
INSERT INTO "metrics" VALUES('val_loss',1.62889379272460943504e+00,1796609291528,'35fba69be9ea40a6917d329cf484528b',98,0);
INSERT INTO "metrics" VALUES('round_seconds',8.52792300099827116355e+00,1796609300075,'35fba69be9ea40a6917d329cf484528b',99,0);
INSERT INTO "metrics" VALUES('train_loss',2.02200182911455639267e-01,1796609300075,'35fba69be9ea40a6917d329cf484528b',99,0);
INSERT INTO "metrics" VALUES('val_acc',0.456,1796609300075,'35fba69be9ea40a6917d329cf484528b',99,0);
INSERT INTO "metrics" VALUES('val_loss',1.68763043823242187002e+00,1796609300075,'35fba69be9ea40a6917d329cf484528b',99,0);
INSERT INTO "metrics" VALUES('round_seconds',9.9940937120009039063e+00,1796609310092,'35fba69be9ea40a6917d329cf484528b',100,0);
INSERT INTO "metrics" VALUES('test_acc',0.4694,1796609310092,'35fba69be9ea40a6917d329cf484528b',100,0);
INSERT INTO "metrics" VALUES('test_loss',1.66917052917480468465e+00,1796609310092,'35fba69be9ea40a6917d329cf484528b',100,0);
INSERT INTO "metrics" VALUES('train_loss',2.01242095479443688921e-01,1796609310092,'35fba69be9ea40a6917d329cf484528b',100,0);
INSERT INTO "metrics" VALUES('val_acc',0.4696,1796609310092,'35fba69be9ea40a6917d329cf484528b',100,0);
INSERT INTO "metrics" VALUES('val_loss',1.63921535644531246589e+00,1796609310092,'35fba69be9ea40a6917d329cf484528b',100,0);
INSERT INTO "metrics" VALUES('round_seconds',1.05611299399970448575e+01,1796609320671,'35fba69be9ea40a6917d329cf484528b',101,0);
INSERT INTO "metrics" VALUES('train_loss',2.05065004675686363144e-01,1796609320671,'35fba69be9ea40a6917d329cf484528b',101,0);
INSERT INTO "metrics" VALUES('val_acc',0.465,1796609320671,'35fba69be9ea40a6917d329cf484528b',101,0);
INSERT INTO "metrics" VALUES('val_loss',1.63068895874023445102e+00,1796609320671,'35fba69be9ea40a6917d329cf484528b',101,0);
INSERT INTO "metrics" VALUES('round_seconds',9.79955629100004443898e+00,1796609330492,'35fba69be9ea40a6917d329cf484528b',102,0);
INSERT INTO "metrics" VALUES('train_loss',1.91218276046514534804e-01,1796609330492,'35fba69be9ea40a6917d329cf484528b',102,0);
INSERT INTO "metrics" VALUES('val_acc',0.4648,1796609330492,'35fba69be9ea40a6917d329cf484528b',102,0);
INSERT INTO "metrics" VALUES('val_loss',1.67021408081054678618e+00,1796609330492,'35fba69be9ea40a6917d329cf484528b',102,0);
INSERT INTO "metrics" VALUES('round_seconds',9.27331238500119,1796609339779,'35fba69be9ea40a6917d329cf484528b',103,0);
INSERT INTO "metrics" VALUES('train_loss',2.00290470487771071761e-01,1796609339779,'35fba69be9ea40a6917d329cf484528b',103,0);
INSERT INTO "metrics" VALUES('val_acc',0.477,1796609339779,'35fba69be9ea40a6917d329cf484528b',103,0);
INSERT INTO "metrics" VALUES('val_loss',1.62523948364257808663e+00,1796609339779,'35fba69be9ea40a6917d329cf484528b',103,0);
INSERT INTO "metrics" VALUES('round_seconds',9.12513528700219467282e+00,1796609348922,'35fba69be9ea40a6917d329cf484528b',104,0);
INSERT INTO "metrics" VALUES('train_loss',1.98239823277965188097e-01,1796609348922,'35fba69be9ea40a6917d329cf484528b',104,0);
INSERT INTO "metrics" VALUES('val_acc',0.4612,1796609348922,'35fba69be9ea40a6917d329cf484528b',104,0);
INSERT INTO "metrics" VALUES('val_loss',1.6811642578125,1796609348922,'35fba69be9ea40a6917d329cf484528b',104,0);
INSERT INTO "metrics" VALUES('round_seconds',9.38582908899843459948e+00,1796609358328,'35fba69be9ea40a6917d329cf484528b',105,0);
INSERT INTO "metrics" VALUES('test_acc',0.4614,1796609358328,'35fba69be9ea40a6917d329cf484528b',105,0);
INSERT INTO "metrics" VALUES('test_loss',1.69731216278076169068e+00,1796609358328,'35fba69be9ea40a6917d329cf484528b',105,0);
INSERT INTO "metrics" VALUES('train_loss',2.04382578426934774507e-01,1796609358328,'35fba69be9ea40a6917d329cf484528b',105,0);
INSERT INTO "metrics" VALUES('val_acc',0.4556,1796609358328,'35fba69be9ea40a6917d329cf484528b',105,0);
INSERT INTO "metrics" VALUES('val_loss',1.66900018615722656178e+00,1796609358328,'35fba69be9ea40a6917d329cf484528b',105,0);
INSERT INTO "metrics" VALUES('round_seconds',8.81770405199859,1796609367161,'35fba69be9ea40a6917d329cf484528b',106,0);
INSERT INTO "metrics" VALUES('train_loss',1.99293556417338563191e-01,1796609367161,'35fba69be9ea40a6917d329cf484528b',106,0);
INSERT INTO "metrics" VALUES('val_acc',0.4636,1796609367161,'35fba69be9ea40a6917d329cf484528b',106,0);
INSERT INTO "metrics" VALUES('val_loss',1.66636905517578126634e+00,1796609367161,'35fba69be9ea40a6917d329cf484528b',106,0);
INSERT INTO "metrics" VALUES('round_seconds',8.84838807599953725002e+00,1796609376024,'35fba69be9ea40a6917d329cf484528b',107,0);
INSERT INTO "metrics" VALUES('train_loss',1.9725593254059550774e-01,1796609376024,'35fba69be9ea40a6917d329cf484528b',107,0);
INSERT INTO "metrics" VALUES('val_acc',0.4554,1796609376024,'35fba69be9ea40a6917d329cf484528b',107,0);
INSERT INTO "metrics" VALUES('val_loss',1.68516815795898433627e+00,1796609376024,'35fba69be9ea40a6917d329cf484528b',107,0);
INSERT INTO "metrics" VALUES('round_seconds',9.09497507100240909494e+00,1796609385133,'35fba69be9ea40a6917d329cf484528b',108,0);
INSERT INTO "metrics" VALUES('train_loss',1.88107651170939221829e-01,1796609385133,'35fba69be9ea40a6917d329cf484528b',108,0);
INSERT INTO "metrics" VALUES('val_acc',0.4734,1796609385133,'35fba69be9ea40a6917d329cf484528b',108,0);
INSERT INTO "metrics" VALUES('val_loss',1.62183049926757805181e+00,1796609385133,'35fba69be9ea40a6917d329cf484528b',108,0);
INSERT INTO "metrics" VALUES('round_seconds',8.7838861329983046744e+00,1796609393933,'35fba69be9ea40a6917d329cf484528b',109,0);
INSERT INTO "metrics" VALUES('train_loss',1.99669155081361543446e-01,1796609393933,'35fba69be9ea40a6917d329cf484528b',109,0);
INSERT INTO "metrics" VALUES('val_acc',0.4714,1796609393933,'35fba69be9ea40a6917d329cf484528b',109,0);
INSERT INTO "metrics" VALUES('val_loss',1.63622127685546869813e+00,1796609393933,'35fba69be9ea40a6917d329cf484528b',109,0);
INSERT INTO "metrics" VALUES('round_seconds',9.15535495600124704651e+00,1796609403103,'35fba69be9ea40a6917d329cf484528b',110,0);
INSERT INTO "metrics" VALUES('test_acc',0.469,1796609403103,'35fba69be9ea40a6917d329cf484528b',110,0);
INSERT INTO "metrics" VALUES('test_loss',1.69519249267578131501e+00,1796609403103,'35fba69be9ea40a6917d329cf484528b',110,0);
INSERT INTO "metrics" VALUES('train_loss',1.89607431191261860403e-01,1796609403103,'35fba69be9ea40a6917d329cf484528b',110,0);
INSERT INTO "metrics" VALUES('val_acc',0.4766,1796609403103,'35fba69be9ea40a6917d329cf484528b',110,0);
INSERT INTO "metrics" VALUES('val_loss',1.66610285644531241899e+00,1796609403103,'35fba69be9ea40a6917d329cf484528b',110,0);
INSERT INTO "metrics" VALUES('round_seconds',8.48466612600168446078e+00,1796609411603,'35fba69be9ea40a6917d329cf484528b',111,0);
INSERT INTO "metrics" VALUES('train_loss',1.93954584252461786908e-01,1796609411603,'35fba69be9ea40a6917d329cf484528b',111,0);
INSERT INTO "metrics" VALUES('val_acc',0.474,1796609411603,'35fba69be9ea40a6917d329cf484528b',111,0);
INSERT INTO "metrics" VALUES('val_loss',1.61164434204101558734e+00,1796609411603,'35fba69be9ea40a6917d329cf484528b',111,0);
INSERT INTO "metrics" VALUES('round_seconds',8.4945920120007940568e+00,1796609420111,'35fba69be9ea40a6917d329cf484528b',112,0);
INSERT INTO "metrics" VALUES('train_loss',1.94651988428086064608e-01,1796609420111,'35fba69be9ea40a6917d329cf484528b',112,0);
INSERT INTO "metrics" VALUES('val_acc',0.4694,1796609420111,'35fba69be9ea40a6917d329cf484528b',112,0);
INSERT INTO "metrics" VALUES('val_loss',1.64971460571289063601e+00,1796609420111,'35fba69be9ea40a6917d329cf484528b',112,0);
INSERT INTO "metrics" VALUES('round_seconds',8.77556459699917468242e+00,1796609428903,'35fba69be9ea40a6917d329cf484528b',113,0);
INSERT INTO "metrics" VALUES('train_loss',1.94769908022144805359e-01,1796609428903,'35fba69be9ea40a6917d329cf484528b',113,0);
INSERT INTO "metrics" VALUES('val_acc',0.472,1796609428903,'35fba69be9ea40a6917d329cf484528b',113,0);
INSERT INTO "metrics" VALUES('val_loss',1.62943878173828116118e+00,1796609428903,'35fba69be9ea40a6917d329cf484528b',113,0);
INSERT INTO "metrics" VALUES('round_seconds',8.61901886199848377145e+00,1796609437537,'35fba69be9ea40a6917d329cf484528b',114,0);
INSERT INTO "metrics" VALUES('train_loss',1.93413252495080234538e-01,1796609437537,'35fba69be9ea40a6917d329cf484528b',114,0);
INSERT INTO "metrics" VALUES('val_acc',0.4672,1796609437537,'35fba69be9ea40a6917d329cf484528b',114,0);
INSERT INTO "metrics" VALUES('val_loss',1.66381423339843759201e+00,1796609437537,'35fba69be9ea40a6917d329cf484528b',114,0);
INSERT INTO "metrics" VALUES('round_seconds',8.72322757499932777136e+00,1796609446274,'35fba69be9ea40a6917d329cf484528b',115,0);
INSERT INTO "metrics" VALUES('test_acc',0.4742,1796609446274,'35fba69be9ea40a6917d329cf484528b',115,0);
INSERT INTO "metrics" VALUES('test_loss',1.67223172607421877167e+00,1796609446274,'35fba69be9ea40a6917d329cf484528b',115,0);
INSERT INTO "metrics" VALUES('train_loss',1.84756547996904690878e-01,1796609446274,'35fba69be9ea40a6917d329cf484528b',115,0);
INSERT INTO "metrics" VALUES('val_acc',0.4754,1796609446274,'35fba69be9ea40a6917d329cf484528b',115,0);
INSERT INTO "metrics" VALUES('val_loss',1.65457227172851562002e+00,1796609446274,'35fba69be9ea40a6917d329cf484528b',115,0);
INSERT INTO "metrics" VALUES('round_seconds',9.56419888999880640767e+00,1796609455854,'35fba69be9ea40a6917d329cf484528b',116,0);
INSERT INTO "metrics" VALUES('train_loss',1.84397427837401650663e-01,1796609455854,'35fba69be9ea40a6917d329cf484528b',116,0);
INSERT INTO "metrics" VALUES('val_acc',0.4738,1796609455854,'35fba69be9ea40a6917d329cf484528b',116,0);
INSERT INTO "metrics" VALUES('val_loss',1.65658734741210933449e+00,1796609455854,'35fba69be9ea40a6917d329cf484528b',116,0);
INSERT INTO "metrics" VALUES('round_seconds',8.50153595599840627983e+00,1796609464369,'35fba69be9ea40a6917d329cf484528b',117,0);
INSERT INTO "metrics" VALUES('train_loss',1.78738128493018427755e-01,1796609464369,'35fba69be9ea40a6917d329cf484528b',117,0);
INSERT INTO "metrics" VALUES('val_acc',0.4658,1796609464369,'35fba69be9ea40a6917d329cf484528b',117,0);
INSERT INTO "metrics" VALUES('val_loss',1.65715475463867178973e+00,1796609464369,'35fba69be9ea40a6917d329cf484528b',117,0);
INSERT INTO "metrics" VALUES('round_seconds',8.44296332399972,1796609472828,'35fba69be9ea40a6917d329cf484528b',118,0);
INSERT INTO "metrics" VALUES('train_loss',1.74756380586810394772e-01,1796609472828,'35fba69be9ea40a6917d329cf484528b',118,0);
INSERT INTO "metrics" VALUES('val_acc',0.4746,1796609472828,'35fba69be9ea40a6917d329cf484528b',118,0);
INSERT INTO "metrics" VALUES('val_loss',1.70111846313476555714e+00,1796609472828,'35fba69be9ea40a6917d329cf484528b',118,0);
INSERT INTO "metrics" VALUES('round_seconds',9.38547401499818,1796609482229,'35fba69be9ea40a6917d329cf484528b',119,0);
INSERT INTO "metrics" VALUES('train_loss',1.88882140735760345462e-01,1796609482229,'35fba69be9ea40a6917d329cf484528b',119,0);
INSERT INTO "metrics" VALUES('val_acc',0.4594,1796609482229,'35fba69be9ea40a6917d329cf484528b',119,0);
INSERT INTO "metrics" VALUES('val_loss',1.69426644287109384734e+00,1796609482229,'35fba69be9ea40a6917d329cf484528b',119,0);
INSERT INTO "metrics" VALUES('round_seconds',9.8288030420008,1796609492074,'35fba69be9ea40a6917d329cf484528b',120,0);
INSERT INTO "metrics" VALUES('test_acc',0.4613,1796609492074,'35fba69be9ea40a6917d329cf484528b',120,0);
INSERT INTO "metrics" VALUES('test_loss',1.73283238525390625994e+00,1796609492074,'35fba69be9ea40a6917d329cf484528b',120,0);
INSERT INTO "metrics" VALUES('train_loss',1.83948661214672015695e-01,1796609492074,'35fba69be9ea40a6917d329cf484528b',120,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796609492074,'35fba69be9ea40a6917d329cf484528b',120,0);
INSERT INTO "metrics" VALUES('val_loss',1.68589279174804684835e+00,1796609492074,'35fba69be9ea40a6917d329cf484528b',120,0);
INSERT INTO "metrics" VALUES('round_seconds',9.4648228019977977965e+00,1796609501562,'35fba69be9ea40a6917d329cf484528b',121,0);
INSERT INTO "metrics" VALUES('train_loss',1.84273463564766565303e-01,1796609501562,'35fba69be9ea40a6917d329cf484528b',121,0);
INSERT INTO "metrics" VALUES('val_acc',0.4498,1796609501562,'35fba69be9ea40a6917d329cf484528b',121,0);
INSERT INTO "metrics" VALUES('val_loss',1.72681392211914053191e+00,1796609501562,'35fba69be9ea40a6917d329cf484528b',121,0);
INSERT INTO "metrics" VALUES('round_seconds',1.06950668419995054136e+01,1796609512273,'35fba69be9ea40a6917d329cf484528b',122,0);
INSERT INTO "metrics" VALUES('train_loss',1.8588271635454151065e-01,1796609512273,'35fba69be9ea40a6917d329cf484528b',122,0);
INSERT INTO "metrics" VALUES('val_acc',0.4704,1796609512273,'35fba69be9ea40a6917d329cf484528b',122,0);
INSERT INTO "metrics" VALUES('val_loss',1.69569761352539072341e+00,1796609512273,'35fba69be9ea40a6917d329cf484528b',122,0);
INSERT INTO "metrics" VALUES('round_seconds',1.14187129970014211721e+01,1796609523713,'35fba69be9ea40a6917d329cf484528b',123,0);
INSERT INTO "metrics" VALUES('train_loss',1.87555691109683841943e-01,1796609523713,'35fba69be9ea40a6917d329cf484528b',123,0);
INSERT INTO "metrics" VALUES('val_acc',0.4614,1796609523713,'35fba69be9ea40a6917d329cf484528b',123,0);
INSERT INTO "metrics" VALUES('val_loss',1.67930515136718749857e+00,1796609523713,'35fba69be9ea40a6917d329cf484528b',123,0);
INSERT INTO "metrics" VALUES('round_seconds',1.11908986890011874493e+01,1796609534923,'35fba69be9ea40a6917d329cf484528b',124,0);
INSERT INTO "metrics" VALUES('train_loss',1.73583847655653961128e-01,1796609534923,'35fba69be9ea40a6917d329cf484528b',124,0);
INSERT INTO "metrics" VALUES('val_acc',0.4774,1796609534923,'35fba69be9ea40a6917d329cf484528b',124,0);
INSERT INTO "metrics" VALUES('val_loss',1.63948241577148445813e+00,1796609534923,'35fba69be9ea40a6917d329cf484528b',124,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03908301800001936501e+01,1796609545330,'35fba69be9ea40a6917d329cf484528b',125,0);
INSERT INTO "metrics" VALUES('test_acc',0.4687,1796609545330,'35fba69be9ea40a6917d329cf484528b',125,0);
INSERT INTO "metrics" VALUES('test_loss',1.70666494293212900323e+00,1796609545330,'35fba69be9ea40a6917d329cf484528b',125,0);
INSERT INTO "metrics" VALUES('train_loss',1.8628904681757091355e-01,1796609545330,'35fba69be9ea40a6917d329cf484528b',125,0);
INSERT INTO "metrics" VALUES('val_acc',0.4626,1796609545330,'35fba69be9ea40a6917d329cf484528b',125,0);
INSERT INTO "metrics" VALUES('val_loss',1.67493379516601570422e+00,1796609545330,'35fba69be9ea40a6917d329cf484528b',125,0);
INSERT INTO "metrics" VALUES('round_seconds',9.11537954700179398059e+00,1796609554460,'35fba69be9ea40a6917d329cf484528b',126,0);
INSERT INTO "metrics" VALUES('train_loss',1.76764068597112772307e-01,1796609554460,'35fba69be9ea40a6917d329cf484528b',126,0);
INSERT INTO "metrics" VALUES('val_acc',0.478,1796609554460,'35fba69be9ea40a6917d329cf484528b',126,0);
INSERT INTO "metrics" VALUES('val_loss',1.64066751098632801486e+00,1796609554460,'35fba69be9ea40a6917d329cf484528b',126,0);
INSERT INTO "metrics" VALUES('round_seconds',9.50718079500075,1796609563989,'35fba69be9ea40a6917d329cf484528b',127,0);
INSERT INTO "metrics" VALUES('train_loss',1.78295077352942921145e-01,1796609563989,'35fba69be9ea40a6917d329cf484528b',127,0);
INSERT INTO "metrics" VALUES('val_acc',0.4752,1796609563989,'35fba69be9ea40a6917d329cf484528b',127,0);
INSERT INTO "metrics" VALUES('val_loss',1.63657201538085939063e+00,1796609563989,'35fba69be9ea40a6917d329cf484528b',127,0);
INSERT INTO "metrics" VALUES('round_seconds',9.80237878199841361492e+00,1796609573809,'35fba69be9ea40a6917d329cf484528b',128,0);
INSERT INTO "metrics" VALUES('train_loss',1.78209070960786197801e-01,1796609573809,'35fba69be9ea40a6917d329cf484528b',128,0);
INSERT INTO "metrics" VALUES('val_acc',0.477,1796609573809,'35fba69be9ea40a6917d329cf484528b',128,0);
INSERT INTO "metrics" VALUES('val_loss',1.64857481079101564347e+00,1796609573809,'35fba69be9ea40a6917d329cf484528b',128,0);
INSERT INTO "metrics" VALUES('round_seconds',9.93767451399981,1796609583770,'35fba69be9ea40a6917d329cf484528b',129,0);
INSERT INTO "metrics" VALUES('train_loss',1.76101160533037065514e-01,1796609583770,'35fba69be9ea40a6917d329cf484528b',129,0);
INSERT INTO "metrics" VALUES('val_acc',0.468,1796609583770,'35fba69be9ea40a6917d329cf484528b',129,0);
INSERT INTO "metrics" VALUES('val_loss',1.63729428710937496838e+00,1796609583770,'35fba69be9ea40a6917d329cf484528b',129,0);
INSERT INTO "metrics" VALUES('round_seconds',1.17808882140016066839e+01,1796609595566,'35fba69be9ea40a6917d329cf484528b',130,0);
INSERT INTO "metrics" VALUES('test_acc',0.4751,1796609595566,'35fba69be9ea40a6917d329cf484528b',130,0);
INSERT INTO "metrics" VALUES('test_loss',1.68315375976562497939e+00,1796609595566,'35fba69be9ea40a6917d329cf484528b',130,0);
INSERT INTO "metrics" VALUES('train_loss',1.78588891752511275123e-01,1796609595566,'35fba69be9ea40a6917d329cf484528b',130,0);
INSERT INTO "metrics" VALUES('val_acc',0.4778,1796609595566,'35fba69be9ea40a6917d329cf484528b',130,0);
INSERT INTO "metrics" VALUES('val_loss',1.6351314453125,1796609595566,'35fba69be9ea40a6917d329cf484528b',130,0);
INSERT INTO "metrics" VALUES('round_seconds',1.24145225840002240149e+01,1796609608003,'35fba69be9ea40a6917d329cf484528b',131,0);
INSERT INTO "metrics" VALUES('train_loss',1.76037547991201276387e-01,1796609608003,'35fba69be9ea40a6917d329cf484528b',131,0);
INSERT INTO "metrics" VALUES('val_acc',0.4672,1796609608003,'35fba69be9ea40a6917d329cf484528b',131,0);
INSERT INTO "metrics" VALUES('val_loss',1.66247871704101557455e+00,1796609608003,'35fba69be9ea40a6917d329cf484528b',131,0);
INSERT INTO "metrics" VALUES('round_seconds',9.90023809599733795039e+00,1796609617921,'35fba69be9ea40a6917d329cf484528b',132,0);
INSERT INTO "metrics" VALUES('train_loss',1.74820846179891381533e-01,1796609617921,'35fba69be9ea40a6917d329cf484528b',132,0);
INSERT INTO "metrics" VALUES('val_acc',0.4798,1796609617921,'35fba69be9ea40a6917d329cf484528b',132,0);
INSERT INTO "metrics" VALUES('val_loss',1.64791431884765615656e+00,1796609617921,'35fba69be9ea40a6917d329cf484528b',132,0);
INSERT INTO "metrics" VALUES('round_seconds',1.09038433180030551743e+01,1796609628843,'35fba69be9ea40a6917d329cf484528b',133,0);
INSERT INTO "metrics" VALUES('train_loss',1.77331337666735033842e-01,1796609628843,'35fba69be9ea40a6917d329cf484528b',133,0);
INSERT INTO "metrics" VALUES('val_acc',0.469,1796609628843,'35fba69be9ea40a6917d329cf484528b',133,0);
INSERT INTO "metrics" VALUES('val_loss',1.64952034301757821666e+00,1796609628843,'35fba69be9ea40a6917d329cf484528b',133,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02296047589989029806e+01,1796609639096,'35fba69be9ea40a6917d329cf484528b',134,0);
INSERT INTO "metrics" VALUES('train_loss',1.68148657741658380526e-01,1796609639096,'35fba69be9ea40a6917d329cf484528b',134,0);
INSERT INTO "metrics" VALUES('val_acc',0.4798,1796609639096,'35fba69be9ea40a6917d329cf484528b',134,0);
INSERT INTO "metrics" VALUES('val_loss',1.6555794921875,1796609639096,'35fba69be9ea40a6917d329cf484528b',134,0);
INSERT INTO "metrics" VALUES('round_seconds',9.46276353899884270504e+00,1796609648573,'35fba69be9ea40a6917d329cf484528b',135,0);
INSERT INTO "metrics" VALUES('test_acc',0.4728,1796609648573,'35fba69be9ea40a6917d329cf484528b',135,0);
INSERT INTO "metrics" VALUES('test_loss',1.71461295166015625923e+00,1796609648573,'35fba69be9ea40a6917d329cf484528b',135,0);
INSERT INTO "metrics" VALUES('train_loss',1.72304949896205233939e-01,1796609648573,'35fba69be9ea40a6917d329cf484528b',135,0);
INSERT INTO "metrics" VALUES('val_acc',0.466,1796609648573,'35fba69be9ea40a6917d329cf484528b',135,0);
INSERT INTO "metrics" VALUES('val_loss',1.68149724121093746553e+00,1796609648573,'35fba69be9ea40a6917d329cf484528b',135,0);
INSERT INTO "metrics" VALUES('round_seconds',8.90549374900001566857e+00,1796609657498,'35fba69be9ea40a6917d329cf484528b',136,0);
INSERT INTO "metrics" VALUES('train_loss',1.68290461291838444601e-01,1796609657498,'35fba69be9ea40a6917d329cf484528b',136,0);
INSERT INTO "metrics" VALUES('val_acc',0.4784,1796609657498,'35fba69be9ea40a6917d329cf484528b',136,0);
INSERT INTO "metrics" VALUES('val_loss',1.64966390380859384556e+00,1796609657498,'35fba69be9ea40a6917d329cf484528b',136,0);
INSERT INTO "metrics" VALUES('round_seconds',8.52905953599838539958e+00,1796609666044,'35fba69be9ea40a6917d329cf484528b',137,0);
INSERT INTO "metrics" VALUES('train_loss',1.77494062498658872195e-01,1796609666044,'35fba69be9ea40a6917d329cf484528b',137,0);
INSERT INTO "metrics" VALUES('val_acc',0.4768,1796609666044,'35fba69be9ea40a6917d329cf484528b',137,0);
INSERT INTO "metrics" VALUES('val_loss',1.65716331787109383277e+00,1796609666044,'35fba69be9ea40a6917d329cf484528b',137,0);
INSERT INTO "metrics" VALUES('round_seconds',8.5080408690009790007e+00,1796609674566,'35fba69be9ea40a6917d329cf484528b',138,0);
INSERT INTO "metrics" VALUES('train_loss',1.71299274960001912671e-01,1796609674566,'35fba69be9ea40a6917d329cf484528b',138,0);
INSERT INTO "metrics" VALUES('val_acc',0.4732,1796609674566,'35fba69be9ea40a6917d329cf484528b',138,0);
INSERT INTO "metrics" VALUES('val_loss',1.65349365234375,1796609674566,'35fba69be9ea40a6917d329cf484528b',138,0);
INSERT INTO "metrics" VALUES('round_seconds',8.36348873600218212231e+00,1796609682944,'35fba69be9ea40a6917d329cf484528b',139,0);
INSERT INTO "metrics" VALUES('train_loss',1.67771945817237727593e-01,1796609682944,'35fba69be9ea40a6917d329cf484528b',139,0);
INSERT INTO "metrics" VALUES('val_acc',0.4702,1796609682944,'35fba69be9ea40a6917d329cf484528b',139,0);
INSERT INTO "metrics" VALUES('val_loss',1.6968345703125,1796609682944,'35fba69be9ea40a6917d329cf484528b',139,0);
INSERT INTO "metrics" VALUES('round_seconds',9.08137434699892764911e+00,1796609692040,'35fba69be9ea40a6917d329cf484528b',140,0);
INSERT INTO "metrics" VALUES('test_acc',0.4796,1796609692040,'35fba69be9ea40a6917d329cf484528b',140,0);
INSERT INTO "metrics" VALUES('test_loss',1.72093856811523426841e+00,1796609692040,'35fba69be9ea40a6917d329cf484528b',140,0);
INSERT INTO "metrics" VALUES('train_loss',1.66154403053186822125e-01,1796609692040,'35fba69be9ea40a6917d329cf484528b',140,0);
INSERT INTO "metrics" VALUES('val_acc',0.4822,1796609692040,'35fba69be9ea40a6917d329cf484528b',140,0);
INSERT INTO "metrics" VALUES('val_loss',1.68459579467773434835e+00,1796609692040,'35fba69be9ea40a6917d329cf484528b',140,0);
INSERT INTO "metrics" VALUES('round_seconds',8.74252366499786148779e+00,1796609700800,'35fba69be9ea40a6917d329cf484528b',141,0);
INSERT INTO "metrics" VALUES('train_loss',1.59850753070078815953e-01,1796609700800,'35fba69be9ea40a6917d329cf484528b',141,0);
INSERT INTO "metrics" VALUES('val_acc',0.4686,1796609700800,'35fba69be9ea40a6917d329cf484528b',141,0);
INSERT INTO "metrics" VALUES('val_loss',1.72819143066406244457e+00,1796609700800,'35fba69be9ea40a6917d329cf484528b',141,0);
INSERT INTO "metrics" VALUES('round_seconds',8.40969928499907837249e+00,1796609709227,'35fba69be9ea40a6917d329cf484528b',142,0);
INSERT INTO "metrics" VALUES('train_loss',1.67054838161021457221e-01,1796609709227,'35fba69be9ea40a6917d329cf484528b',142,0);
INSERT INTO "metrics" VALUES('val_acc',0.4808,1796609709227,'35fba69be9ea40a6917d329cf484528b',142,0);
INSERT INTO "metrics" VALUES('val_loss',1.69279615478515621518e+00,1796609709227,'35fba69be9ea40a6917d329cf484528b',142,0);
INSERT INTO "metrics" VALUES('round_seconds',8.12255760799962445162e+00,1796609717365,'35fba69be9ea40a6917d329cf484528b',143,0);
INSERT INTO "metrics" VALUES('train_loss',1.78171027653997282591e-01,1796609717365,'35fba69be9ea40a6917d329cf484528b',143,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796609717365,'35fba69be9ea40a6917d329cf484528b',143,0);
INSERT INTO "metrics" VALUES('val_loss',1.68282402954101573122e+00,1796609717365,'35fba69be9ea40a6917d329cf484528b',143,0);
INSERT INTO "metrics" VALUES('round_seconds',7.91518276699935086071e+00,1796609725294,'35fba69be9ea40a6917d329cf484528b',144,0);
INSERT INTO "metrics" VALUES('train_loss',1.6218744019247591237e-01,1796609725294,'35fba69be9ea40a6917d329cf484528b',144,0);
INSERT INTO "metrics" VALUES('val_acc',0.4746,1796609725294,'35fba69be9ea40a6917d329cf484528b',144,0);
INSERT INTO "metrics" VALUES('val_loss',1.68313835449218740514e+00,1796609725294,'35fba69be9ea40a6917d329cf484528b',144,0);
INSERT INTO "metrics" VALUES('round_seconds',8.68363286399835487827e+00,1796609733992,'35fba69be9ea40a6917d329cf484528b',145,0);
INSERT INTO "metrics" VALUES('test_acc',0.4721,1796609733992,'35fba69be9ea40a6917d329cf484528b',145,0);
INSERT INTO "metrics" VALUES('test_loss',1.69129239501953132496e+00,1796609733992,'35fba69be9ea40a6917d329cf484528b',145,0);
INSERT INTO "metrics" VALUES('train_loss',1.68573561356505391417e-01,1796609733992,'35fba69be9ea40a6917d329cf484528b',145,0);
INSERT INTO "metrics" VALUES('val_acc',0.4702,1796609733992,'35fba69be9ea40a6917d329cf484528b',145,0);
INSERT INTO "metrics" VALUES('val_loss',1.67608876342773438494e+00,1796609733992,'35fba69be9ea40a6917d329cf484528b',145,0);
INSERT INTO "metrics" VALUES('round_seconds',8.14088652200007345527e+00,1796609742148,'35fba69be9ea40a6917d329cf484528b',146,0);
INSERT INTO "metrics" VALUES('train_loss',1.68451434400547300773e-01,1796609742148,'35fba69be9ea40a6917d329cf484528b',146,0);
INSERT INTO "metrics" VALUES('val_acc',0.4732,1796609742148,'35fba69be9ea40a6917d329cf484528b',146,0);
INSERT INTO "metrics" VALUES('val_loss',1.70738506469726569747e+00,1796609742148,'35fba69be9ea40a6917d329cf484528b',146,0);
INSERT INTO "metrics" VALUES('round_seconds',8.02898515799825,1796609750193,'35fba69be9ea40a6917d329cf484528b',147,0);
INSERT INTO "metrics" VALUES('train_loss',1.64491923931478517539e-01,1796609750193,'35fba69be9ea40a6917d329cf484528b',147,0);
INSERT INTO "metrics" VALUES('val_acc',0.4656,1796609750193,'35fba69be9ea40a6917d329cf484528b',147,0);
INSERT INTO "metrics" VALUES('val_loss',1.71252520141601571879e+00,1796609750193,'35fba69be9ea40a6917d329cf484528b',147,0);
INSERT INTO "metrics" VALUES('round_seconds',8.07507816300130798481e+00,1796609758282,'35fba69be9ea40a6917d329cf484528b',148,0);
INSERT INTO "metrics" VALUES('train_loss',1.61271530028842369208e-01,1796609758282,'35fba69be9ea40a6917d329cf484528b',148,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796609758282,'35fba69be9ea40a6917d329cf484528b',148,0);
INSERT INTO "metrics" VALUES('val_loss',1.73946718139648437428e+00,1796609758282,'35fba69be9ea40a6917d329cf484528b',148,0);
INSERT INTO "metrics" VALUES('round_seconds',7.7606335780001245439e+00,1796609766057,'35fba69be9ea40a6917d329cf484528b',149,0);
INSERT INTO "metrics" VALUES('train_loss',1.73731154836572226907e-01,1796609766057,'35fba69be9ea40a6917d329cf484528b',149,0);
INSERT INTO "metrics" VALUES('val_acc',0.4706,1796609766057,'35fba69be9ea40a6917d329cf484528b',149,0);
INSERT INTO "metrics" VALUES('val_loss',1.65603905029296871731e+00,1796609766057,'35fba69be9ea40a6917d329cf484528b',149,0);
INSERT INTO "metrics" VALUES('round_seconds',8.22010058899832,1796609774291,'35fba69be9ea40a6917d329cf484528b',150,0);
INSERT INTO "metrics" VALUES('test_acc',0.4801,1796609774291,'35fba69be9ea40a6917d329cf484528b',150,0);
INSERT INTO "metrics" VALUES('test_loss',1.70919201965332034909e+00,1796609774291,'35fba69be9ea40a6917d329cf484528b',150,0);
INSERT INTO "metrics" VALUES('train_loss',1.67781137271486219253e-01,1796609774291,'35fba69be9ea40a6917d329cf484528b',150,0);
INSERT INTO "metrics" VALUES('val_acc',0.48,1796609774291,'35fba69be9ea40a6917d329cf484528b',150,0);
INSERT INTO "metrics" VALUES('val_loss',1.68418099365234374964e+00,1796609774291,'35fba69be9ea40a6917d329cf484528b',150,0);
INSERT INTO "metrics" VALUES('round_seconds',7.84515705800004070624e+00,1796609782151,'35fba69be9ea40a6917d329cf484528b',151,0);
INSERT INTO "metrics" VALUES('train_loss',1.57555490607107079314e-01,1796609782151,'35fba69be9ea40a6917d329cf484528b',151,0);
INSERT INTO "metrics" VALUES('val_acc',0.4734,1796609782151,'35fba69be9ea40a6917d329cf484528b',151,0);
INSERT INTO "metrics" VALUES('val_loss',1.70040435791015620559e+00,1796609782151,'35fba69be9ea40a6917d329cf484528b',151,0);
INSERT INTO "metrics" VALUES('round_seconds',8.31773846099895308725e+00,1796609790484,'35fba69be9ea40a6917d329cf484528b',152,0);
INSERT INTO "metrics" VALUES('train_loss',1.57613018930675474749e-01,1796609790484,'35fba69be9ea40a6917d329cf484528b',152,0);
INSERT INTO "metrics" VALUES('val_acc',0.4718,1796609790484,'35fba69be9ea40a6917d329cf484528b',152,0);
INSERT INTO "metrics" VALUES('val_loss',1.72890269165039067722e+00,1796609790484,'35fba69be9ea40a6917d329cf484528b',152,0);
INSERT INTO "metrics" VALUES('round_seconds',8.28822594400117,1796609798790,'35fba69be9ea40a6917d329cf484528b',153,0);
INSERT INTO "metrics" VALUES('train_loss',1.61832149393232510581e-01,1796609798790,'35fba69be9ea40a6917d329cf484528b',153,0);
INSERT INTO "metrics" VALUES('val_acc',0.454,1796609798790,'35fba69be9ea40a6917d329cf484528b',153,0);
INSERT INTO "metrics" VALUES('val_loss',1.76880510864257822767e+00,1796609798790,'35fba69be9ea40a6917d329cf484528b',153,0);
INSERT INTO "metrics" VALUES('round_seconds',8.89407128600214491598e+00,1796609807700,'35fba69be9ea40a6917d329cf484528b',154,0);
INSERT INTO "metrics" VALUES('train_loss',1.60432738933379309687e-01,1796609807700,'35fba69be9ea40a6917d329cf484528b',154,0);
INSERT INTO "metrics" VALUES('val_acc',0.47,1796609807700,'35fba69be9ea40a6917d329cf484528b',154,0);
INSERT INTO "metrics" VALUES('val_loss',1.72844497070312508313e+00,1796609807700,'35fba69be9ea40a6917d329cf484528b',154,0);
INSERT INTO "metrics" VALUES('round_seconds',9.39999323799929697997e+00,1796609817114,'35fba69be9ea40a6917d329cf484528b',155,0);
INSERT INTO "metrics" VALUES('test_acc',0.4672,1796609817114,'35fba69be9ea40a6917d329cf484528b',155,0);
INSERT INTO "metrics" VALUES('test_loss',1.71457568359375,1796609817114,'35fba69be9ea40a6917d329cf484528b',155,0);
INSERT INTO "metrics" VALUES('train_loss',1.71212179929614100037e-01,1796609817114,'35fba69be9ea40a6917d329cf484528b',155,0);
INSERT INTO "metrics" VALUES('val_acc',0.4712,1796609817114,'35fba69be9ea40a6917d329cf484528b',155,0);
INSERT INTO "metrics" VALUES('val_loss',1.70122742919921865478e+00,1796609817114,'35fba69be9ea40a6917d329cf484528b',155,0);
INSERT INTO "metrics" VALUES('round_seconds',8.30316549800045322626e+00,1796609825433,'35fba69be9ea40a6917d329cf484528b',156,0);
INSERT INTO "metrics" VALUES('train_loss',1.61879454739525113771e-01,1796609825433,'35fba69be9ea40a6917d329cf484528b',156,0);
INSERT INTO "metrics" VALUES('val_acc',0.467,1796609825433,'35fba69be9ea40a6917d329cf484528b',156,0);
INSERT INTO "metrics" VALUES('val_loss',1.77335024414062503161e+00,1796609825433,'35fba69be9ea40a6917d329cf484528b',156,0);
INSERT INTO "metrics" VALUES('round_seconds',8.45164712599944323301e+00,1796609833899,'35fba69be9ea40a6917d329cf484528b',157,0);
INSERT INTO "metrics" VALUES('train_loss',1.58671861557699744871e-01,1796609833899,'35fba69be9ea40a6917d329cf484528b',157,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796609833899,'35fba69be9ea40a6917d329cf484528b',157,0);
INSERT INTO "metrics" VALUES('val_loss',1.6995112976074218114e+00,1796609833899,'35fba69be9ea40a6917d329cf484528b',157,0);
INSERT INTO "metrics" VALUES('round_seconds',8.68748139500166871584e+00,1796609842601,'35fba69be9ea40a6917d329cf484528b',158,0);
INSERT INTO "metrics" VALUES('train_loss',1.52066419090218840626e-01,1796609842601,'35fba69be9ea40a6917d329cf484528b',158,0);
INSERT INTO "metrics" VALUES('val_acc',0.4744,1796609842601,'35fba69be9ea40a6917d329cf484528b',158,0);
INSERT INTO "metrics" VALUES('val_loss',1.72124132080078129369e+00,1796609842601,'35fba69be9ea40a6917d329cf484528b',158,0);
INSERT INTO "metrics" VALUES('round_seconds',8.9053887509981,1796609851522,'35fba69be9ea40a6917d329cf484528b',159,0);
INSERT INTO "metrics" VALUES('train_loss',1.63887706397594895557e-01,1796609851522,'35fba69be9ea40a6917d329cf484528b',159,0);
INSERT INTO "metrics" VALUES('val_acc',0.465,1796609851522,'35fba69be9ea40a6917d329cf484528b',159,0);
INSERT INTO "metrics" VALUES('val_loss',1.73783038940429679364e+00,1796609851522,'35fba69be9ea40a6917d329cf484528b',159,0);
INSERT INTO "metrics" VALUES('round_seconds',9.18777145399872097186e+00,1796609860724,'35fba69be9ea40a6917d329cf484528b',160,0);
INSERT INTO "metrics" VALUES('test_acc',0.4737,1796609860724,'35fba69be9ea40a6917d329cf484528b',160,0);
INSERT INTO "metrics" VALUES('test_loss',1.78357692260742184409e+00,1796609860724,'35fba69be9ea40a6917d329cf484528b',160,0);
INSERT INTO "metrics" VALUES('train_loss',1.55669541850788517578e-01,1796609860724,'35fba69be9ea40a6917d329cf484528b',160,0);
INSERT INTO "metrics" VALUES('val_acc',0.4728,1796609860724,'35fba69be9ea40a6917d329cf484528b',160,0);
INSERT INTO "metrics" VALUES('val_loss',1.75585816650390635906e+00,1796609860724,'35fba69be9ea40a6917d329cf484528b',160,0);
INSERT INTO "metrics" VALUES('round_seconds',8.25482129000010900199e+00,1796609868995,'35fba69be9ea40a6917d329cf484528b',161,0);
INSERT INTO "metrics" VALUES('train_loss',1.59018295512348417641e-01,1796609868995,'35fba69be9ea40a6917d329cf484528b',161,0);
INSERT INTO "metrics" VALUES('val_acc',0.4714,1796609868995,'35fba69be9ea40a6917d329cf484528b',161,0);
INSERT INTO "metrics" VALUES('val_loss',1.70722765502929685332e+00,1796609868995,'35fba69be9ea40a6917d329cf484528b',161,0);
INSERT INTO "metrics" VALUES('round_seconds',8.24773625500165508128e+00,1796609877257,'35fba69be9ea40a6917d329cf484528b',162,0);
INSERT INTO "metrics" VALUES('train_loss',1.56600925188985440339e-01,1796609877257,'35fba69be9ea40a6917d329cf484528b',162,0);
INSERT INTO "metrics" VALUES('val_acc',0.4776,1796609877257,'35fba69be9ea40a6917d329cf484528b',162,0);
INSERT INTO "metrics" VALUES('val_loss',1.71628386840820312819e+00,1796609877257,'35fba69be9ea40a6917d329cf484528b',162,0);
INSERT INTO "metrics" VALUES('round_seconds',8.33738847399945370852e+00,1796609885609,'35fba69be9ea40a6917d329cf484528b',163,0);
INSERT INTO "metrics" VALUES('train_loss',1.61159666472896923039e-01,1796609885609,'35fba69be9ea40a6917d329cf484528b',163,0);
INSERT INTO "metrics" VALUES('val_acc',0.4622,1796609885609,'35fba69be9ea40a6917d329cf484528b',163,0);
INSERT INTO "metrics" VALUES('val_loss',1.70507683715820301806e+00,1796609885609,'35fba69be9ea40a6917d329cf484528b',163,0);
INSERT INTO "metrics" VALUES('round_seconds',8.3513958500007,1796609893975,'35fba69be9ea40a6917d329cf484528b',164,0);
INSERT INTO "metrics" VALUES('train_loss',1.53470477466331772786e-01,1796609893975,'35fba69be9ea40a6917d329cf484528b',164,0);
INSERT INTO "metrics" VALUES('val_acc',0.4796,1796609893975,'35fba69be9ea40a6917d329cf484528b',164,0);
INSERT INTO "metrics" VALUES('val_loss',1.72185241699218760658e+00,1796609893975,'35fba69be9ea40a6917d329cf484528b',164,0);
INSERT INTO "metrics" VALUES('round_seconds',9.09595967000132,1796609903088,'35fba69be9ea40a6917d329cf484528b',165,0);
INSERT INTO "metrics" VALUES('test_acc',0.4657,1796609903088,'35fba69be9ea40a6917d329cf484528b',165,0);
INSERT INTO "metrics" VALUES('test_loss',1.74847601623535164883e+00,1796609903088,'35fba69be9ea40a6917d329cf484528b',165,0);
INSERT INTO "metrics" VALUES('train_loss',1.57072786183938162274e-01,1796609903088,'35fba69be9ea40a6917d329cf484528b',165,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796609903088,'35fba69be9ea40a6917d329cf484528b',165,0);
INSERT INTO "metrics" VALUES('val_loss',1.70676763305664058734e+00,1796609903088,'35fba69be9ea40a6917d329cf484528b',165,0);
INSERT INTO "metrics" VALUES('round_seconds',8.61173185100051341578e+00,1796609911717,'35fba69be9ea40a6917d329cf484528b',166,0);
INSERT INTO "metrics" VALUES('train_loss',1.468083761392213471e-01,1796609911717,'35fba69be9ea40a6917d329cf484528b',166,0);
INSERT INTO "metrics" VALUES('val_acc',0.475,1796609911717,'35fba69be9ea40a6917d329cf484528b',166,0);
INSERT INTO "metrics" VALUES('val_loss',1.76596165161132812038e+00,1796609911717,'35fba69be9ea40a6917d329cf484528b',166,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01113783520013384982e+01,1796609921849,'35fba69be9ea40a6917d329cf484528b',167,0);
INSERT INTO "metrics" VALUES('train_loss',1.62317189146326867899e-01,1796609921849,'35fba69be9ea40a6917d329cf484528b',167,0);
INSERT INTO "metrics" VALUES('val_acc',0.4738,1796609921849,'35fba69be9ea40a6917d329cf484528b',167,0);
INSERT INTO "metrics" VALUES('val_loss',1.7203296813964843448e+00,1796609921849,'35fba69be9ea40a6917d329cf484528b',167,0);
INSERT INTO "metrics" VALUES('round_seconds',9.68506437999894842505e+00,1796609931557,'35fba69be9ea40a6917d329cf484528b',168,0);
INSERT INTO "metrics" VALUES('train_loss',1.44610360044091945663e-01,1796609931557,'35fba69be9ea40a6917d329cf484528b',168,0);
INSERT INTO "metrics" VALUES('val_acc',0.4808,1796609931557,'35fba69be9ea40a6917d329cf484528b',168,0);
INSERT INTO "metrics" VALUES('val_loss',1.73842250976562495701e+00,1796609931557,'35fba69be9ea40a6917d329cf484528b',168,0);
INSERT INTO "metrics" VALUES('round_seconds',8.33438685800138,1796609939906,'35fba69be9ea40a6917d329cf484528b',169,0);
INSERT INTO "metrics" VALUES('train_loss',1.53530503624705605414e-01,1796609939906,'35fba69be9ea40a6917d329cf484528b',169,0);
INSERT INTO "metrics" VALUES('val_acc',0.473,1796609939906,'35fba69be9ea40a6917d329cf484528b',169,0);
INSERT INTO "metrics" VALUES('val_loss',1.72554663085937498578e+00,1796609939906,'35fba69be9ea40a6917d329cf484528b',169,0);
INSERT INTO "metrics" VALUES('round_seconds',8.57459192199894459918e+00,1796609948500,'35fba69be9ea40a6917d329cf484528b',170,0);
INSERT INTO "metrics" VALUES('test_acc',0.4771,1796609948500,'35fba69be9ea40a6917d329cf484528b',170,0);
INSERT INTO "metrics" VALUES('test_loss',1.76484103088378896373e+00,1796609948500,'35fba69be9ea40a6917d329cf484528b',170,0);
INSERT INTO "metrics" VALUES('train_loss',1.49460581225492050716e-01,1796609948500,'35fba69be9ea40a6917d329cf484528b',170,0);
INSERT INTO "metrics" VALUES('val_acc',0.4788,1796609948500,'35fba69be9ea40a6917d329cf484528b',170,0);
INSERT INTO "metrics" VALUES('val_loss',1.73123738403320315271e+00,1796609948500,'35fba69be9ea40a6917d329cf484528b',170,0);
INSERT INTO "metrics" VALUES('round_seconds',7.95459480799763696268e+00,1796609956472,'35fba69be9ea40a6917d329cf484528b',171,0);
INSERT INTO "metrics" VALUES('train_loss',1.55498801951908960372e-01,1796609956472,'35fba69be9ea40a6917d329cf484528b',171,0);
INSERT INTO "metrics" VALUES('val_acc',0.4774,1796609956472,'35fba69be9ea40a6917d329cf484528b',171,0);
INSERT INTO "metrics" VALUES('val_loss',1.71148513793945311611e+00,1796609956472,'35fba69be9ea40a6917d329cf484528b',171,0);
INSERT INTO "metrics" VALUES('round_seconds',7.79319264700097846798e+00,1796609964280,'35fba69be9ea40a6917d329cf484528b',172,0);
INSERT INTO "metrics" VALUES('train_loss',1.49090190277695655574e-01,1796609964280,'35fba69be9ea40a6917d329cf484528b',172,0);
INSERT INTO "metrics" VALUES('val_acc',0.4828,1796609964280,'35fba69be9ea40a6917d329cf484528b',172,0);
INSERT INTO "metrics" VALUES('val_loss',1.73397164306640627629e+00,1796609964280,'35fba69be9ea40a6917d329cf484528b',172,0);
INSERT INTO "metrics" VALUES('round_seconds',8.06249792399830766953e+00,1796609972360,'35fba69be9ea40a6917d329cf484528b',173,0);
INSERT INTO "metrics" VALUES('train_loss',1.5140241812926716336e-01,1796609972360,'35fba69be9ea40a6917d329cf484528b',173,0);
INSERT INTO "metrics" VALUES('val_acc',0.4726,1796609972360,'35fba69be9ea40a6917d329cf484528b',173,0);
INSERT INTO "metrics" VALUES('val_loss',1.73127511596679695138e+00,1796609972360,'35fba69be9ea40a6917d329cf484528b',173,0);
INSERT INTO "metrics" VALUES('round_seconds',8.55919756400180631317e+00,1796609980933,'35fba69be9ea40a6917d329cf484528b',174,0);
INSERT INTO "metrics" VALUES('train_loss',1.43475131997466087696e-01,1796609980933,'35fba69be9ea40a6917d329cf484528b',174,0);
INSERT INTO "metrics" VALUES('val_acc',0.4784,1796609980933,'35fba69be9ea40a6917d329cf484528b',174,0);
INSERT INTO "metrics" VALUES('val_loss',1.7653994140625,1796609980933,'35fba69be9ea40a6917d329cf484528b',174,0);
INSERT INTO "metrics" VALUES('round_seconds',1.11203129300010914446e+01,1796609992070,'35fba69be9ea40a6917d329cf484528b',175,0);
INSERT INTO "metrics" VALUES('test_acc',0.4586,1796609992070,'35fba69be9ea40a6917d329cf484528b',175,0);
INSERT INTO "metrics" VALUES('test_loss',1.82581603698730465801e+00,1796609992070,'35fba69be9ea40a6917d329cf484528b',175,0);
INSERT INTO "metrics" VALUES('train_loss',1.57226948641948444107e-01,1796609992070,'35fba69be9ea40a6917d329cf484528b',175,0);
INSERT INTO "metrics" VALUES('val_acc',0.4634,1796609992070,'35fba69be9ea40a6917d329cf484528b',175,0);
INSERT INTO "metrics" VALUES('val_loss',1.7862783203125,1796609992070,'35fba69be9ea40a6917d329cf484528b',175,0);
INSERT INTO "metrics" VALUES('round_seconds',8.87014972399993,1796610000960,'35fba69be9ea40a6917d329cf484528b',176,0);
INSERT INTO "metrics" VALUES('train_loss',1.48082056887671370537e-01,1796610000960,'35fba69be9ea40a6917d329cf484528b',176,0);
INSERT INTO "metrics" VALUES('val_acc',0.4704,1796610000960,'35fba69be9ea40a6917d329cf484528b',176,0);
INSERT INTO "metrics" VALUES('val_loss',1.8138678955078124666e+00,1796610000960,'35fba69be9ea40a6917d329cf484528b',176,0);
INSERT INTO "metrics" VALUES('round_seconds',8.49230472899944288656e+00,1796610009467,'35fba69be9ea40a6917d329cf484528b',177,0);
INSERT INTO "metrics" VALUES('train_loss',1.50357080052476388409e-01,1796610009467,'35fba69be9ea40a6917d329cf484528b',177,0);
INSERT INTO "metrics" VALUES('val_acc',0.4662,1796610009467,'35fba69be9ea40a6917d329cf484528b',177,0);
INSERT INTO "metrics" VALUES('val_loss',1.77651226196289058201e+00,1796610009467,'35fba69be9ea40a6917d329cf484528b',177,0);
INSERT INTO "metrics" VALUES('round_seconds',8.51670525499867,1796610018002,'35fba69be9ea40a6917d329cf484528b',178,0);
INSERT INTO "metrics" VALUES('train_loss',1.49760053991470493128e-01,1796610018002,'35fba69be9ea40a6917d329cf484528b',178,0);
INSERT INTO "metrics" VALUES('val_acc',0.4736,1796610018002,'35fba69be9ea40a6917d329cf484528b',178,0);
INSERT INTO "metrics" VALUES('val_loss',1.76836189575195312784e+00,1796610018002,'35fba69be9ea40a6917d329cf484528b',178,0);
INSERT INTO "metrics" VALUES('round_seconds',9.49906108799768844619e+00,1796610027517,'35fba69be9ea40a6917d329cf484528b',179,0);
INSERT INTO "metrics" VALUES('train_loss',0.152311713383242,1796610027517,'35fba69be9ea40a6917d329cf484528b',179,0);
INSERT INTO "metrics" VALUES('val_acc',0.473,1796610027517,'35fba69be9ea40a6917d329cf484528b',179,0);
INSERT INTO "metrics" VALUES('val_loss',1.73662174682617198584e+00,1796610027517,'35fba69be9ea40a6917d329cf484528b',179,0);
INSERT INTO "metrics" VALUES('round_seconds',1.14020244519997504539e+01,1796610038936,'35fba69be9ea40a6917d329cf484528b',180,0);
INSERT INTO "metrics" VALUES('test_acc',0.4694,1796610038936,'35fba69be9ea40a6917d329cf484528b',180,0);
INSERT INTO "metrics" VALUES('test_loss',1.820341796875,1796610038936,'35fba69be9ea40a6917d329cf484528b',180,0);
INSERT INTO "metrics" VALUES('train_loss',1.45886309505179528889e-01,1796610038936,'35fba69be9ea40a6917d329cf484528b',180,0);
INSERT INTO "metrics" VALUES('val_acc',0.4746,1796610038936,'35fba69be9ea40a6917d329cf484528b',180,0);
INSERT INTO "metrics" VALUES('val_loss',1.76857542724609384521e+00,1796610038936,'35fba69be9ea40a6917d329cf484528b',180,0);
INSERT INTO "metrics" VALUES('round_seconds',9.47667392400035168975e+00,1796610048437,'35fba69be9ea40a6917d329cf484528b',181,0);
INSERT INTO "metrics" VALUES('train_loss',1.53027148544974622712e-01,1796610048437,'35fba69be9ea40a6917d329cf484528b',181,0);
INSERT INTO "metrics" VALUES('val_acc',0.4612,1796610048437,'35fba69be9ea40a6917d329cf484528b',181,0);
INSERT INTO "metrics" VALUES('val_loss',1.78487499389648429648e+00,1796610048437,'35fba69be9ea40a6917d329cf484528b',181,0);
INSERT INTO "metrics" VALUES('round_seconds',8.84811922899825731292e+00,1796610057308,'35fba69be9ea40a6917d329cf484528b',182,0);
INSERT INTO "metrics" VALUES('train_loss',1.5398179448684679027e-01,1796610057308,'35fba69be9ea40a6917d329cf484528b',182,0);
INSERT INTO "metrics" VALUES('val_acc',0.4712,1796610057308,'35fba69be9ea40a6917d329cf484528b',182,0);
INSERT INTO "metrics" VALUES('val_loss',1.77412171630859383242e+00,1796610057308,'35fba69be9ea40a6917d329cf484528b',182,0);
INSERT INTO "metrics" VALUES('round_seconds',8.90553073099727,1796610066229,'35fba69be9ea40a6917d329cf484528b',183,0);
INSERT INTO "metrics" VALUES('train_loss',1.50366255725459779801e-01,1796610066229,'35fba69be9ea40a6917d329cf484528b',183,0);
INSERT INTO "metrics" VALUES('val_acc',0.4752,1796610066229,'35fba69be9ea40a6917d329cf484528b',183,0);
INSERT INTO "metrics" VALUES('val_loss',1.7705439453125,1796610066229,'35fba69be9ea40a6917d329cf484528b',183,0);
INSERT INTO "metrics" VALUES('round_seconds',9.01655085099992,1796610075261,'35fba69be9ea40a6917d329cf484528b',184,0);
INSERT INTO "metrics" VALUES('train_loss',1.44805233663152926881e-01,1796610075261,'35fba69be9ea40a6917d329cf484528b',184,0);
INSERT INTO "metrics" VALUES('val_acc',0.475,1796610075261,'35fba69be9ea40a6917d329cf484528b',184,0);
INSERT INTO "metrics" VALUES('val_loss',1.77224836425781240301e+00,1796610075261,'35fba69be9ea40a6917d329cf484528b',184,0);
INSERT INTO "metrics" VALUES('round_seconds',9.20951778200105763971e+00,1796610084485,'35fba69be9ea40a6917d329cf484528b',185,0);
INSERT INTO "metrics" VALUES('test_acc',0.4619,1796610084485,'35fba69be9ea40a6917d329cf484528b',185,0);
INSERT INTO "metrics" VALUES('test_loss',1.80100105590820303014e+00,1796610084485,'35fba69be9ea40a6917d329cf484528b',185,0);
INSERT INTO "metrics" VALUES('train_loss',1.53876308735813954742e-01,1796610084485,'35fba69be9ea40a6917d329cf484528b',185,0);
INSERT INTO "metrics" VALUES('val_acc',0.4638,1796610084485,'35fba69be9ea40a6917d329cf484528b',185,0);
INSERT INTO "metrics" VALUES('val_loss',1.77219017944335943681e+00,1796610084485,'35fba69be9ea40a6917d329cf484528b',185,0);
INSERT INTO "metrics" VALUES('round_seconds',8.40075622400036,1796610092901,'35fba69be9ea40a6917d329cf484528b',186,0);
INSERT INTO "metrics" VALUES('train_loss',1.50930758940621745356e-01,1796610092901,'35fba69be9ea40a6917d329cf484528b',186,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796610092901,'35fba69be9ea40a6917d329cf484528b',186,0);
INSERT INTO "metrics" VALUES('val_loss',1.76765607299804683449e+00,1796610092901,'35fba69be9ea40a6917d329cf484528b',186,0);
INSERT INTO "metrics" VALUES('round_seconds',8.39051128699793480336e+00,1796610101306,'35fba69be9ea40a6917d329cf484528b',187,0);
INSERT INTO "metrics" VALUES('train_loss',1.49736880632173274818e-01,1796610101306,'35fba69be9ea40a6917d329cf484528b',187,0);
INSERT INTO "metrics" VALUES('val_acc',0.4708,1796610101306,'35fba69be9ea40a6917d329cf484528b',187,0);
INSERT INTO "metrics" VALUES('val_loss',1.74537798461914062109e+00,1796610101306,'35fba69be9ea40a6917d329cf484528b',187,0);
INSERT INTO "metrics" VALUES('round_seconds',8.19934872399972,1796610109521,'35fba69be9ea40a6917d329cf484528b',188,0);
INSERT INTO "metrics" VALUES('train_loss',1.40599194660470827589e-01,1796610109521,'35fba69be9ea40a6917d329cf484528b',188,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796610109521,'35fba69be9ea40a6917d329cf484528b',188,0);
INSERT INTO "metrics" VALUES('val_loss',1.80035093994140615869e+00,1796610109521,'35fba69be9ea40a6917d329cf484528b',188,0);
INSERT INTO "metrics" VALUES('round_seconds',8.66612025299764354713e+00,1796610118202,'35fba69be9ea40a6917d329cf484528b',189,0);
INSERT INTO "metrics" VALUES('train_loss',1.41403136911783355866e-01,1796610118202,'35fba69be9ea40a6917d329cf484528b',189,0);
INSERT INTO "metrics" VALUES('val_acc',0.4836,1796610118202,'35fba69be9ea40a6917d329cf484528b',189,0);
INSERT INTO "metrics" VALUES('val_loss',1.73441475219726570777e+00,1796610118202,'35fba69be9ea40a6917d329cf484528b',189,0);
INSERT INTO "metrics" VALUES('round_seconds',8.87204870000277878716e+00,1796610127093,'35fba69be9ea40a6917d329cf484528b',190,0);
INSERT INTO "metrics" VALUES('test_acc',0.4803,1796610127093,'35fba69be9ea40a6917d329cf484528b',190,0);
INSERT INTO "metrics" VALUES('test_loss',1.7662059509277343583e+00,1796610127093,'35fba69be9ea40a6917d329cf484528b',190,0);
INSERT INTO "metrics" VALUES('train_loss',1.4493631249829194707e-01,1796610127093,'35fba69be9ea40a6917d329cf484528b',190,0);
INSERT INTO "metrics" VALUES('val_acc',0.4804,1796610127093,'35fba69be9ea40a6917d329cf484528b',190,0);
INSERT INTO "metrics" VALUES('val_loss',1.73110666503906251989e+00,1796610127093,'35fba69be9ea40a6917d329cf484528b',190,0);
INSERT INTO "metrics" VALUES('round_seconds',9.60674646299958112649e+00,1796610136715,'35fba69be9ea40a6917d329cf484528b',191,0);
INSERT INTO "metrics" VALUES('train_loss',1.47083872891031169904e-01,1796610136715,'35fba69be9ea40a6917d329cf484528b',191,0);
INSERT INTO "metrics" VALUES('val_acc',0.4812,1796610136715,'35fba69be9ea40a6917d329cf484528b',191,0);
INSERT INTO "metrics" VALUES('val_loss',1.71989865112304696204e+00,1796610136715,'35fba69be9ea40a6917d329cf484528b',191,0);
INSERT INTO "metrics" VALUES('round_seconds',1.09710189109973725867e+01,1796610147702,'35fba69be9ea40a6917d329cf484528b',192,0);
INSERT INTO "metrics" VALUES('train_loss',1.37644592224359540999e-01,1796610147702,'35fba69be9ea40a6917d329cf484528b',192,0);
INSERT INTO "metrics" VALUES('val_acc',0.4804,1796610147702,'35fba69be9ea40a6917d329cf484528b',192,0);
INSERT INTO "metrics" VALUES('val_loss',1.75083229980468746411e+00,1796610147702,'35fba69be9ea40a6917d329cf484528b',192,0);
INSERT INTO "metrics" VALUES('round_seconds',1.20300652530022489372e+01,1796610159758,'35fba69be9ea40a6917d329cf484528b',193,0);
INSERT INTO "metrics" VALUES('train_loss',1.46315109437573698247e-01,1796610159758,'35fba69be9ea40a6917d329cf484528b',193,0);
INSERT INTO "metrics" VALUES('val_acc',0.478,1796610159758,'35fba69be9ea40a6917d329cf484528b',193,0);
INSERT INTO "metrics" VALUES('val_loss',1.73636519165039060474e+00,1796610159758,'35fba69be9ea40a6917d329cf484528b',193,0);
INSERT INTO "metrics" VALUES('round_seconds',1.09642491839986178092e+01,1796610170740,'35fba69be9ea40a6917d329cf484528b',194,0);
INSERT INTO "metrics" VALUES('train_loss',1.47780698025657325489e-01,1796610170740,'35fba69be9ea40a6917d329cf484528b',194,0);
INSERT INTO "metrics" VALUES('val_acc',0.478,1796610170740,'35fba69be9ea40a6917d329cf484528b',194,0);
INSERT INTO "metrics" VALUES('val_loss',1.71442603759765632709e+00,1796610170740,'35fba69be9ea40a6917d329cf484528b',194,0);
INSERT INTO "metrics" VALUES('round_seconds',9.46561021000161417759e+00,1796610180223,'35fba69be9ea40a6917d329cf484528b',195,0);
INSERT INTO "metrics" VALUES('test_acc',0.4799,1796610180223,'35fba69be9ea40a6917d329cf484528b',195,0);
INSERT INTO "metrics" VALUES('test_loss',1.75480859069824224327e+00,1796610180223,'35fba69be9ea40a6917d329cf484528b',195,0);
INSERT INTO "metrics" VALUES('train_loss',1.41282971319910133356e-01,1796610180223,'35fba69be9ea40a6917d329cf484528b',195,0);
INSERT INTO "metrics" VALUES('val_acc',0.4806,1796610180223,'35fba69be9ea40a6917d329cf484528b',195,0);
INSERT INTO "metrics" VALUES('val_loss',1.73508438720703117574e+00,1796610180223,'35fba69be9ea40a6917d329cf484528b',195,0);
INSERT INTO "metrics" VALUES('round_seconds',1.04763250069991045167e+01,1796610190718,'35fba69be9ea40a6917d329cf484528b',196,0);
INSERT INTO "metrics" VALUES('train_loss',1.38282653106041236723e-01,1796610190718,'35fba69be9ea40a6917d329cf484528b',196,0);
INSERT INTO "metrics" VALUES('val_acc',0.4768,1796610190718,'35fba69be9ea40a6917d329cf484528b',196,0);
INSERT INTO "metrics" VALUES('val_loss',1.72272977905273427801e+00,1796610190718,'35fba69be9ea40a6917d329cf484528b',196,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02802933579987438856e+01,1796610201025,'35fba69be9ea40a6917d329cf484528b',197,0);
INSERT INTO "metrics" VALUES('train_loss',1.38206639389228086445e-01,1796610201025,'35fba69be9ea40a6917d329cf484528b',197,0);
INSERT INTO "metrics" VALUES('val_acc',0.485,1796610201025,'35fba69be9ea40a6917d329cf484528b',197,0);
INSERT INTO "metrics" VALUES('val_loss',1.74606365966796883704e+00,1796610201025,'35fba69be9ea40a6917d329cf484528b',197,0);
INSERT INTO "metrics" VALUES('round_seconds',8.73990464599774,1796610209781,'35fba69be9ea40a6917d329cf484528b',198,0);
INSERT INTO "metrics" VALUES('train_loss',1.39274146942835075346e-01,1796610209781,'35fba69be9ea40a6917d329cf484528b',198,0);
INSERT INTO "metrics" VALUES('val_acc',0.4604,1796610209781,'35fba69be9ea40a6917d329cf484528b',198,0);
INSERT INTO "metrics" VALUES('val_loss',1.79779986572265615407e+00,1796610209781,'35fba69be9ea40a6917d329cf484528b',198,0);
INSERT INTO "metrics" VALUES('round_seconds',9.35710861899860901758e+00,1796610219155,'35fba69be9ea40a6917d329cf484528b',199,0);
INSERT INTO "metrics" VALUES('train_loss',1.41489577993545667666e-01,1796610219155,'35fba69be9ea40a6917d329cf484528b',199,0);
INSERT INTO "metrics" VALUES('val_acc',0.4822,1796610219155,'35fba69be9ea40a6917d329cf484528b',199,0);
INSERT INTO "metrics" VALUES('val_loss',1.76385634155273440804e+00,1796610219155,'35fba69be9ea40a6917d329cf484528b',199,0);
INSERT INTO "metrics" VALUES('round_seconds',1.05974709260008239655e+01,1796610229772,'35fba69be9ea40a6917d329cf484528b',200,0);
INSERT INTO "metrics" VALUES('test_acc',0.4537,1796610229772,'35fba69be9ea40a6917d329cf484528b',200,0);
INSERT INTO "metrics" VALUES('test_loss',1.86532182617187491935e+00,1796610229772,'35fba69be9ea40a6917d329cf484528b',200,0);
INSERT INTO "metrics" VALUES('train_loss',1.38620984236057842586e-01,1796610229772,'35fba69be9ea40a6917d329cf484528b',200,0);
INSERT INTO "metrics" VALUES('val_acc',0.4552,1796610229772,'35fba69be9ea40a6917d329cf484528b',200,0);
INSERT INTO "metrics" VALUES('val_loss',1.84209528808593758775e+00,1796610229772,'35fba69be9ea40a6917d329cf484528b',200,0);
INSERT INTO "metrics" VALUES('best_val_acc',0.4878,1796610229788,'35fba69be9ea40a6917d329cf484528b',0,0);
INSERT INTO "metrics" VALUES('final_test_acc',0.4537,1796610229788,'35fba69be9ea40a6917d329cf484528b',0,0);
INSERT INTO "metrics" VALUES('final_val_acc',0.4552,1796610229788,'35fba69be9ea40a6917d329cf484528b',0,0);
INSERT INTO "metrics" VALUES('total_synthetic',0.0,1796610229788,'35fba69be9ea40a6917d329cf484528b',0,0);
INSERT INTO "metrics" VALUES('train_seconds',1.78776898632499796804e+03,1796610229788,'35fba69be9ea40a6917d329cf484528b',0,0);
INSERT INTO "metrics" VALUES('best_val_acc',0.4552,1796610229972,'e7ba57d8814847619c1e94e3017533d3',0,0);
INSERT INTO "metrics" VALUES('trials',1.0,1796610229972,'e7ba57d8814847619c1e94e3017533d3',0,0);
INSERT INTO "metrics" VALUES('round_seconds',1.04420958190021337939e+01,1796612121453,'89c1791eba494628b356f47e921480c2',1,0);
INSERT INTO "metrics" VALUES('train_loss',9.90873757469654115048e-01,1796612121453,'89c1791eba494628b356f47e921480c2',1,0);
INSERT INTO "metrics" VALUES('val_acc',0.1,1796612121453,'89c1791eba494628b356f47e921480c2',1,0);
INSERT INTO "metrics" VALUES('val_loss',2.33498992919921866118e+00,1796612121453,'89c1791eba494628b356f47e921480c2',1,0);
INSERT INTO "metrics" VALUES('round_seconds',8.7600893740018364042e+00,1796612130230,'89c1791eba494628b356f47e921480c2',2,0);
INSERT INTO "metrics" VALUES('train_loss',7.79729444983005670621e-01,1796612130230,'89c1791eba494628b356f47e921480c2',2,0);
INSERT INTO "metrics" VALUES('val_acc',0.1916,1796612130230,'89c1791eba494628b356f47e921480c2',2,0);
INSERT INTO "metrics" VALUES('val_loss',2.27013090820312513073e+00,1796612130230,'89c1791eba494628b356f47e921480c2',2,0);
INSERT INTO "metrics" VALUES('round_seconds',8.74517530100274598225e+00,1796612138991,'89c1791eba494628b356f47e921480c2',3,0);
INSERT INTO "metrics" VALUES('train_loss',7.11206948304176411745e-01,1796612138991,'89c1791eba494628b356f47e921480c2',3,0);
INSERT INTO "metrics" VALUES('val_acc',0.207,1796612138991,'89c1791eba494628b356f47e921480c2',3,0);
INSERT INTO "metrics" VALUES('val_loss',2.16115107421875,1796612138991,'89c1791eba494628b356f47e921480c2',3,0);
INSERT INTO "metrics" VALUES('round_seconds',8.8588238810007169377e+00,1796612147862,'89c1791eba494628b356f47e921480c2',4,0);
INSERT INTO "metrics" VALUES('train_loss',6.73715975724458848716e-01,1796612147862,'89c1791eba494628b356f47e921480c2',4,0);
INSERT INTO "metrics" VALUES('val_acc',0.2438,1796612147862,'89c1791eba494628b356f47e921480c2',4,0);
INSERT INTO "metrics" VALUES('val_loss',2.06830427246093728754e+00,1796612147862,'89c1791eba494628b356f47e921480c2',4,0);
INSERT INTO "metrics" VALUES('round_seconds',1.08247075450017291585e+01,1796612158699,'89c1791eba494628b356f47e921480c2',5,0);
INSERT INTO "metrics" VALUES('test_acc',0.2439,1796612158699,'89c1791eba494628b356f47e921480c2',5,0);
INSERT INTO "metrics" VALUES('test_loss',1.9992535491943359549e+00,1796612158699,'89c1791eba494628b356f47e921480c2',5,0);
INSERT INTO "metrics" VALUES('train_loss',6.23528875660896320098e-01,1796612158699,'89c1791eba494628b356f47e921480c2',5,0);
INSERT INTO "metrics" VALUES('val_acc',0.2406,1796612158699,'89c1791eba494628b356f47e921480c2',5,0);
INSERT INTO "metrics" VALUES('val_loss',1.998292578125,1796612158699,'89c1791eba494628b356f47e921480c2',5,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01864776189977419558e+01,1796612168898,'89c1791eba494628b356f47e921480c2',6,0);
INSERT INTO "metrics" VALUES('train_loss',5.8502954156994824153e-01,1796612168898,'89c1791eba494628b356f47e921480c2',6,0);
INSERT INTO "metrics" VALUES('val_acc',0.2792,1796612168898,'89c1791eba494628b356f47e921480c2',6,0);
INSERT INTO "metrics" VALUES('val_loss',1.93117606201171865265e+00,1796612168898,'89c1791eba494628b356f47e921480c2',6,0);
INSERT INTO "metrics" VALUES('round_seconds',8.9125509110017446801e+00,1796612177823,'89c1791eba494628b356f47e921480c2',7,0);
INSERT INTO "metrics" VALUES('train_loss',5.67168758904933900666e-01,1796612177823,'89c1791eba494628b356f47e921480c2',7,0);
INSERT INTO "metrics" VALUES('val_acc',0.2862,1796612177823,'89c1791eba494628b356f47e921480c2',7,0);
INSERT INTO "metrics" VALUES('val_loss',1.90824247436523442011e+00,1796612177823,'89c1791eba494628b356f47e921480c2',7,0);
INSERT INTO "metrics" VALUES('round_seconds',9.13995551000334671698e+00,1796612186977,'89c1791eba494628b356f47e921480c2',8,0);
INSERT INTO "metrics" VALUES('train_loss',0.568537234442234,1796612186977,'89c1791eba494628b356f47e921480c2',8,0);
INSERT INTO "metrics" VALUES('val_acc',0.3012,1796612186977,'89c1791eba494628b356f47e921480c2',8,0);
INSERT INTO "metrics" VALUES('val_loss',1.86079294433593744884e+00,1796612186977,'89c1791eba494628b356f47e921480c2',8,0);
INSERT INTO "metrics" VALUES('round_seconds',8.8363178569998126477e+00,1796612195825,'89c1791eba494628b356f47e921480c2',9,0);
INSERT INTO "metrics" VALUES('train_loss',5.4513456631422041454e-01,1796612195825,'89c1791eba494628b356f47e921480c2',9,0);
INSERT INTO "metrics" VALUES('val_acc',0.308,1796612195825,'89c1791eba494628b356f47e921480c2',9,0);
INSERT INTO "metrics" VALUES('val_loss',1.87450817260742197412e+00,1796612195825,'89c1791eba494628b356f47e921480c2',9,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01208373420013231225e+01,1796612205965,'89c1791eba494628b356f47e921480c2',10,0);
INSERT INTO "metrics" VALUES('test_acc',0.3239,1796612205965,'89c1791eba494628b356f47e921480c2',10,0);
INSERT INTO "metrics" VALUES('test_loss',1.81273150634765634059e+00,1796612205965,'89c1791eba494628b356f47e921480c2',10,0);
INSERT INTO "metrics" VALUES('train_loss',5.38724875675439807132e-01,1796612205965,'89c1791eba494628b356f47e921480c2',10,0);
INSERT INTO "metrics" VALUES('val_acc',0.3238,1796612205965,'89c1791eba494628b356f47e921480c2',10,0);
INSERT INTO "metrics" VALUES('val_loss',1.80256613769531259805e+00,1796612205965,'89c1791eba494628b356f47e921480c2',10,0);
INSERT INTO "metrics" VALUES('round_seconds',9.69242175399995176121e+00,1796612215670,'89c1791eba494628b356f47e921480c2',11,0);
INSERT INTO "metrics" VALUES('train_loss',5.24714016823768725217e-01,1796612215670,'89c1791eba494628b356f47e921480c2',11,0);
INSERT INTO "metrics" VALUES('val_acc',0.3286,1796612215670,'89c1791eba494628b356f47e921480c2',11,0);
INSERT INTO "metrics" VALUES('val_loss',1.80223641967773429151e+00,1796612215670,'89c1791eba494628b356f47e921480c2',11,0);
INSERT INTO "metrics" VALUES('round_seconds',1.06767914779993589036e+01,1796612226360,'89c1791eba494628b356f47e921480c2',12,0);
INSERT INTO "metrics" VALUES('train_loss',5.03509493221044657218e-01,1796612226360,'89c1791eba494628b356f47e921480c2',12,0);
INSERT INTO "metrics" VALUES('val_acc',0.3498,1796612226360,'89c1791eba494628b356f47e921480c2',12,0);
INSERT INTO "metrics" VALUES('val_loss',1.74452732543945310261e+00,1796612226360,'89c1791eba494628b356f47e921480c2',12,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03284443949996784795e+01,1796612236702,'89c1791eba494628b356f47e921480c2',13,0);
INSERT INTO "metrics" VALUES('train_loss',4.95784385111331882267e-01,1796612236702,'89c1791eba494628b356f47e921480c2',13,0);
INSERT INTO "metrics" VALUES('val_acc',0.35,1796612236702,'89c1791eba494628b356f47e921480c2',13,0);
INSERT INTO "metrics" VALUES('val_loss',1.7331168029785155582e+00,1796612236702,'89c1791eba494628b356f47e921480c2',13,0);
INSERT INTO "metrics" VALUES('round_seconds',1.13405412649990466888e+01,1796612248061,'89c1791eba494628b356f47e921480c2',14,0);
INSERT INTO "metrics" VALUES('train_loss',4.85295303072333261695e-01,1796612248061,'89c1791eba494628b356f47e921480c2',14,0);
INSERT INTO "metrics" VALUES('val_acc',0.3556,1796612248061,'89c1791eba494628b356f47e921480c2',14,0);
INSERT INTO "metrics" VALUES('val_loss',1.71378864746093739768e+00,1796612248061,'89c1791eba494628b356f47e921480c2',14,0);
INSERT INTO "metrics" VALUES('round_seconds',1.16739598989988735411e+01,1796612259754,'89c1791eba494628b356f47e921480c2',15,0);
INSERT INTO "metrics" VALUES('test_acc',0.3713,1796612259754,'89c1791eba494628b356f47e921480c2',15,0);
INSERT INTO "metrics" VALUES('test_loss',1.70275232543945320706e+00,1796612259754,'89c1791eba494628b356f47e921480c2',15,0);
INSERT INTO "metrics" VALUES('train_loss',4.79639167773723673615e-01,1796612259754,'89c1791eba494628b356f47e921480c2',15,0);
INSERT INTO "metrics" VALUES('val_acc',0.3664,1796612259754,'89c1791eba494628b356f47e921480c2',15,0);
INSERT INTO "metrics" VALUES('val_loss',1.68356973876953119884e+00,1796612259754,'89c1791eba494628b356f47e921480c2',15,0);
INSERT INTO "metrics" VALUES('round_seconds',9.36308435599858,1796612269134,'89c1791eba494628b356f47e921480c2',16,0);
INSERT INTO "metrics" VALUES('train_loss',4.63894312143325826536e-01,1796612269134,'89c1791eba494628b356f47e921480c2',16,0);
INSERT INTO "metrics" VALUES('val_acc',0.3652,1796612269134,'89c1791eba494628b356f47e921480c2',16,0);
INSERT INTO "metrics" VALUES('val_loss',1.68966148681640615514e+00,1796612269134,'89c1791eba494628b356f47e921480c2',16,0);
INSERT INTO "metrics" VALUES('round_seconds',9.67035929900157498195e+00,1796612278817,'89c1791eba494628b356f47e921480c2',17,0);
INSERT INTO "metrics" VALUES('train_loss',4.60544305898547168265e-01,1796612278817,'89c1791eba494628b356f47e921480c2',17,0);
INSERT INTO "metrics" VALUES('val_acc',0.3634,1796612278817,'89c1791eba494628b356f47e921480c2',17,0);
INSERT INTO "metrics" VALUES('val_loss',1.72601463623046869066e+00,1796612278817,'89c1791eba494628b356f47e921480c2',17,0);
INSERT INTO "metrics" VALUES('round_seconds',9.31773936500030686147e+00,1796612288153,'89c1791eba494628b356f47e921480c2',18,0);
INSERT INTO "metrics" VALUES('train_loss',0.460133605568409,1796612288153,'89c1791eba494628b356f47e921480c2',18,0);
INSERT INTO "metrics" VALUES('val_acc',0.3332,1796612288153,'89c1791eba494628b356f47e921480c2',18,0);
INSERT INTO "metrics" VALUES('val_loss',1.77282199096679682348e+00,1796612288153,'89c1791eba494628b356f47e921480c2',18,0);
INSERT INTO "metrics" VALUES('round_seconds',8.64779093399920384399e+00,1796612296813,'89c1791eba494628b356f47e921480c2',19,0);
INSERT INTO "metrics" VALUES('train_loss',4.52990895469188692423e-01,1796612296813,'89c1791eba494628b356f47e921480c2',19,0);
INSERT INTO "metrics" VALUES('val_acc',0.3636,1796612296813,'89c1791eba494628b356f47e921480c2',19,0);
INSERT INTO "metrics" VALUES('val_loss',1.74268400878906248863e+00,1796612296813,'89c1791eba494628b356f47e921480c2',19,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0010325987001124304e+01,1796612306836,'89c1791eba494628b356f47e921480c2',20,0);
INSERT INTO "metrics" VALUES('test_acc',0.3423,1796612306836,'89c1791eba494628b356f47e921480c2',20,0);
INSERT INTO "metrics" VALUES('test_loss',1.77001115722656243711e+00,1796612306836,'89c1791eba494628b356f47e921480c2',20,0);
INSERT INTO "metrics" VALUES('train_loss',4.44495336155891429541e-01,1796612306836,'89c1791eba494628b356f47e921480c2',20,0);
INSERT INTO "metrics" VALUES('val_acc',0.3464,1796612306836,'89c1791eba494628b356f47e921480c2',20,0);
INSERT INTO "metrics" VALUES('val_loss',1.7519799011230468011e+00,1796612306836,'89c1791eba494628b356f47e921480c2',20,0);
INSERT INTO "metrics" VALUES('round_seconds',9.27107214799980283714e+00,1796612316119,'89c1791eba494628b356f47e921480c2',21,0);
INSERT INTO "metrics" VALUES('train_loss',4.29640050499439263287e-01,1796612316119,'89c1791eba494628b356f47e921480c2',21,0);
INSERT INTO "metrics" VALUES('val_acc',0.384,1796612316119,'89c1791eba494628b356f47e921480c2',21,0);
INSERT INTO "metrics" VALUES('val_loss',1.66056511230468739626e+00,1796612316119,'89c1791eba494628b356f47e921480c2',21,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01591004000001703386e+01,1796612326291,'89c1791eba494628b356f47e921480c2',22,0);
INSERT INTO "metrics" VALUES('train_loss',4.30104092201590515465e-01,1796612326291,'89c1791eba494628b356f47e921480c2',22,0);
INSERT INTO "metrics" VALUES('val_acc',0.372,1796612326291,'89c1791eba494628b356f47e921480c2',22,0);
INSERT INTO "metrics" VALUES('val_loss',1.68949909057617198016e+00,1796612326291,'89c1791eba494628b356f47e921480c2',22,0);
INSERT INTO "metrics" VALUES('round_seconds',1.06648087549983756612e+01,1796612336968,'89c1791eba494628b356f47e921480c2',23,0);
INSERT INTO "metrics" VALUES('train_loss',4.35513050701618165128e-01,1796612336968,'89c1791eba494628b356f47e921480c2',23,0);
INSERT INTO "metrics" VALUES('val_acc',0.4032,1796612336968,'89c1791eba494628b356f47e921480c2',23,0);
INSERT INTO "metrics" VALUES('val_loss',1.630115625,1796612336968,'89c1791eba494628b356f47e921480c2',23,0);
INSERT INTO "metrics" VALUES('round_seconds',9.20047688200065749697e+00,1796612346187,'89c1791eba494628b356f47e921480c2',24,0);
INSERT INTO "metrics" VALUES('train_loss',4.16772172797918394326e-01,1796612346187,'89c1791eba494628b356f47e921480c2',24,0);
INSERT INTO "metrics" VALUES('val_acc',0.3876,1796612346187,'89c1791eba494628b356f47e921480c2',24,0);
INSERT INTO "metrics" VALUES('val_loss',1.66531706542968760409e+00,1796612346187,'89c1791eba494628b356f47e921480c2',24,0);
INSERT INTO "metrics" VALUES('round_seconds',9.45908702399901812896e+00,1796612355659,'89c1791eba494628b356f47e921480c2',25,0);
INSERT INTO "metrics" VALUES('test_acc',0.4097,1796612355659,'89c1791eba494628b356f47e921480c2',25,0);
INSERT INTO "metrics" VALUES('test_loss',1.63634093933105462248e+00,1796612355659,'89c1791eba494628b356f47e921480c2',25,0);
INSERT INTO "metrics" VALUES('train_loss',4.02778543943166755791e-01,1796612355659,'89c1791eba494628b356f47e921480c2',25,0);
INSERT INTO "metrics" VALUES('val_acc',0.4056,1796612355659,'89c1791eba494628b356f47e921480c2',25,0);
INSERT INTO "metrics" VALUES('val_loss',1.61496457519531255719e+00,1796612355659,'89c1791eba494628b356f47e921480c2',25,0);
INSERT INTO "metrics" VALUES('round_seconds',1.00615907980027259323e+01,1796612365733,'89c1791eba494628b356f47e921480c2',26,0);
INSERT INTO "metrics" VALUES('train_loss',4.06330297870635959167e-01,1796612365733,'89c1791eba494628b356f47e921480c2',26,0);
INSERT INTO "metrics" VALUES('val_acc',0.4076,1796612365733,'89c1791eba494628b356f47e921480c2',26,0);
INSERT INTO "metrics" VALUES('val_loss',1.60863136291503905361e+00,1796612365733,'89c1791eba494628b356f47e921480c2',26,0);
INSERT INTO "metrics" VALUES('round_seconds',1.06417817780020413915e+01,1796612376392,'89c1791eba494628b356f47e921480c2',27,0);
INSERT INTO "metrics" VALUES('train_loss',4.03374637031555183241e-01,1796612376392,'89c1791eba494628b356f47e921480c2',27,0);
INSERT INTO "metrics" VALUES('val_acc',0.41,1796612376392,'89c1791eba494628b356f47e921480c2',27,0);
INSERT INTO "metrics" VALUES('val_loss',1.58335390625,1796612376392,'89c1791eba494628b356f47e921480c2',27,0);
INSERT INTO "metrics" VALUES('round_seconds',1.09238575519993901257e+01,1796612387330,'89c1791eba494628b356f47e921480c2',28,0);
INSERT INTO "metrics" VALUES('train_loss',3.99717634973525970387e-01,1796612387330,'89c1791eba494628b356f47e921480c2',28,0);
INSERT INTO "metrics" VALUES('val_acc',0.4058,1796612387330,'89c1791eba494628b356f47e921480c2',28,0);
INSERT INTO "metrics" VALUES('val_loss',1.61759310302734382602e+00,1796612387330,'89c1791eba494628b356f47e921480c2',28,0);
INSERT INTO "metrics" VALUES('round_seconds',1.11728487939981278029e+01,1796612398518,'89c1791eba494628b356f47e921480c2',29,0);
INSERT INTO "metrics" VALUES('train_loss',3.84228862503767032432e-01,1796612398518,'89c1791eba494628b356f47e921480c2',29,0);
INSERT INTO "metrics" VALUES('val_acc',0.426,1796612398518,'89c1791eba494628b356f47e921480c2',29,0);
INSERT INTO "metrics" VALUES('val_loss',1.57149471435546872477e+00,1796612398518,'89c1791eba494628b356f47e921480c2',29,0);
INSERT INTO "metrics" VALUES('round_seconds',9.74670658600007300265e+00,1796612408277,'89c1791eba494628b356f47e921480c2',30,0);
INSERT INTO "metrics" VALUES('test_acc',0.4055,1796612408277,'89c1791eba494628b356f47e921480c2',30,0);
INSERT INTO "metrics" VALUES('test_loss',1.63875184783935545773e+00,1796612408277,'89c1791eba494628b356f47e921480c2',30,0);
INSERT INTO "metrics" VALUES('train_loss',3.86239518804550152619e-01,1796612408277,'89c1791eba494628b356f47e921480c2',30,0);
INSERT INTO "metrics" VALUES('val_acc',0.4086,1796612408277,'89c1791eba494628b356f47e921480c2',30,0);
INSERT INTO "metrics" VALUES('val_loss',1.625328570556640706e+00,1796612408277,'89c1791eba494628b356f47e921480c2',30,0);
INSERT INTO "metrics" VALUES('round_seconds',9.39508347700029844418e+00,1796612417689,'89c1791eba494628b356f47e921480c2',31,0);
INSERT INTO "metrics" VALUES('train_loss',3.82265677873492248917e-01,1796612417689,'89c1791eba494628b356f47e921480c2',31,0);
INSERT INTO "metrics" VALUES('val_acc',0.435,1796612417689,'89c1791eba494628b356f47e921480c2',31,0);
INSERT INTO "metrics" VALUES('val_loss',1.54487725830078126421e+00,1796612417689,'89c1791eba494628b356f47e921480c2',31,0);
INSERT INTO "metrics" VALUES('round_seconds',9.58154251800078782252e+00,1796612427283,'89c1791eba494628b356f47e921480c2',32,0);
INSERT INTO "metrics" VALUES('train_loss',3.8301189135789870388e-01,1796612427283,'89c1791eba494628b356f47e921480c2',32,0);
INSERT INTO "metrics" VALUES('val_acc',0.4244,1796612427283,'89c1791eba494628b356f47e921480c2',32,0);
INSERT INTO "metrics" VALUES('val_loss',1.58576705322265620878e+00,1796612427283,'89c1791eba494628b356f47e921480c2',32,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01476218130010238378e+01,1796612437444,'89c1791eba494628b356f47e921480c2',33,0);
INSERT INTO "metrics" VALUES('train_loss',3.69105223193168630047e-01,1796612437444,'89c1791eba494628b356f47e921480c2',33,0);
INSERT INTO "metrics" VALUES('val_acc',0.4516,1796612437444,'89c1791eba494628b356f47e921480c2',33,0);
INSERT INTO "metrics" VALUES('val_loss',1.51788207397460928049e+00,1796612437444,'89c1791eba494628b356f47e921480c2',33,0);
INSERT INTO "metrics" VALUES('round_seconds',1.22827410790014255324e+01,1796612449744,'89c1791eba494628b356f47e921480c2',34,0);
INSERT INTO "metrics" VALUES('train_loss',3.63127843673229200316e-01,1796612449744,'89c1791eba494628b356f47e921480c2',34,0);
INSERT INTO "metrics" VALUES('val_acc',0.4368,1796612449744,'89c1791eba494628b356f47e921480c2',34,0);
INSERT INTO "metrics" VALUES('val_loss',1.55440763854980468217e+00,1796612449744,'89c1791eba494628b356f47e921480c2',34,0);
INSERT INTO "metrics" VALUES('round_seconds',10.8290666339999,1796612460587,'89c1791eba494628b356f47e921480c2',35,0);
INSERT INTO "metrics" VALUES('test_acc',0.4573,1796612460587,'89c1791eba494628b356f47e921480c2',35,0);
INSERT INTO "metrics" VALUES('test_loss',1.53327138671875,1796612460587,'89c1791eba494628b356f47e921480c2',35,0);
INSERT INTO "metrics" VALUES('train_loss',3.59005278686881035277e-01,1796612460587,'89c1791eba494628b356f47e921480c2',35,0);
INSERT INTO "metrics" VALUES('val_acc',0.4516,1796612460587,'89c1791eba494628b356f47e921480c2',35,0);
INSERT INTO "metrics" VALUES('val_loss',1.51631314086914059657e+00,1796612460587,'89c1791eba494628b356f47e921480c2',35,0);
INSERT INTO "metrics" VALUES('round_seconds',9.16222143699997104704e+00,1796612469763,'89c1791eba494628b356f47e921480c2',36,0);
INSERT INTO "metrics" VALUES('train_loss',3.5303249534249303565e-01,1796612469763,'89c1791eba494628b356f47e921480c2',36,0);
INSERT INTO "metrics" VALUES('val_acc',0.4536,1796612469763,'89c1791eba494628b356f47e921480c2',36,0);
INSERT INTO "metrics" VALUES('val_loss',1.52410721740722654438e+00,1796612469763,'89c1791eba494628b356f47e921480c2',36,0);
INSERT INTO "metrics" VALUES('round_seconds',9.55399263299841550178e+00,1796612479332,'89c1791eba494628b356f47e921480c2',37,0);
INSERT INTO "metrics" VALUES('train_loss',3.51321060373783078389e-01,1796612479332,'89c1791eba494628b356f47e921480c2',37,0);
INSERT INTO "metrics" VALUES('val_acc',0.4604,1796612479332,'89c1791eba494628b356f47e921480c2',37,0);
INSERT INTO "metrics" VALUES('val_loss',1.50103563232421866047e+00,1796612479332,'89c1791eba494628b356f47e921480c2',37,0);
INSERT INTO "metrics" VALUES('round_seconds',9.60505811499751871451e+00,1796612488952,'89c1791eba494628b356f47e921480c2',38,0);
INSERT INTO "metrics" VALUES('train_loss',3.40262236852645838514e-01,1796612488952,'89c1791eba494628b356f47e921480c2',38,0);
INSERT INTO "metrics" VALUES('val_acc',0.4472,1796612488952,'89c1791eba494628b356f47e921480c2',38,0);
INSERT INTO "metrics" VALUES('val_loss',1.54916044616699211111e+00,1796612488952,'89c1791eba494628b356f47e921480c2',38,0);
INSERT INTO "metrics" VALUES('round_seconds',9.79296969799907,1796612498757,'89c1791eba494628b356f47e921480c2',39,0);
INSERT INTO "metrics" VALUES('train_loss',3.45499774094820077952e-01,1796612498757,'89c1791eba494628b356f47e921480c2',39,0);
INSERT INTO "metrics" VALUES('val_acc',0.4564,1796612498757,'89c1791eba494628b356f47e921480c2',39,0);
INSERT INTO "metrics" VALUES('val_loss',1.50912958374023431495e+00,1796612498757,'89c1791eba494628b356f47e921480c2',39,0);
INSERT INTO "metrics" VALUES('round_seconds',1.1902973483000096166e+01,1796612510674,'89c1791eba494628b356f47e921480c2',40,0);
INSERT INTO "metrics" VALUES('test_acc',0.4528,1796612510674,'89c1791eba494628b356f47e921480c2',40,0);
INSERT INTO "metrics" VALUES('test_loss',1.54839132385253908097e+00,1796612510674,'89c1791eba494628b356f47e921480c2',40,0);
INSERT INTO "metrics" VALUES('train_loss',3.43247871472835586192e-01,1796612510674,'89c1791eba494628b356f47e921480c2',40,0);
INSERT INTO "metrics" VALUES('val_acc',0.4496,1796612510674,'89c1791eba494628b356f47e921480c2',40,0);
INSERT INTO "metrics" VALUES('val_loss',1.53456467590332024109e+00,1796612510674,'89c1791eba494628b356f47e921480c2',40,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0774004768001759658e+01,1796612521468,'89c1791eba494628b356f47e921480c2',41,0);
INSERT INTO "metrics" VALUES('train_loss',3.31184810966253295738e-01,1796612521468,'89c1791eba494628b356f47e921480c2',41,0);
INSERT INTO "metrics" VALUES('val_acc',0.446,1796612521468,'89c1791eba494628b356f47e921480c2',41,0);
INSERT INTO "metrics" VALUES('val_loss',1.55617468261718761013e+00,1796612521468,'89c1791eba494628b356f47e921480c2',41,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03212597569981880953e+01,1796612531806,'89c1791eba494628b356f47e921480c2',42,0);
INSERT INTO "metrics" VALUES('train_loss',3.3286484972834584628e-01,1796612531806,'89c1791eba494628b356f47e921480c2',42,0);
INSERT INTO "metrics" VALUES('val_acc',0.4576,1796612531806,'89c1791eba494628b356f47e921480c2',42,0);
INSERT INTO "metrics" VALUES('val_loss',1.52260015869140619138e+00,1796612531806,'89c1791eba494628b356f47e921480c2',42,0);
INSERT INTO "metrics" VALUES('round_seconds',9.78921040199929848313e+00,1796612541610,'89c1791eba494628b356f47e921480c2',43,0);
INSERT INTO "metrics" VALUES('train_loss',0.325837425916791,1796612541610,'89c1791eba494628b356f47e921480c2',43,0);
INSERT INTO "metrics" VALUES('val_acc',0.4466,1796612541610,'89c1791eba494628b356f47e921480c2',43,0);
INSERT INTO "metrics" VALUES('val_loss',1.55576506958007820813e+00,1796612541610,'89c1791eba494628b356f47e921480c2',43,0);
INSERT INTO "metrics" VALUES('round_seconds',9.80091011500189779326e+00,1796612551424,'89c1791eba494628b356f47e921480c2',44,0);
INSERT INTO "metrics" VALUES('train_loss',3.28579437828064035986e-01,1796612551424,'89c1791eba494628b356f47e921480c2',44,0);
INSERT INTO "metrics" VALUES('val_acc',0.4508,1796612551424,'89c1791eba494628b356f47e921480c2',44,0);
INSERT INTO "metrics" VALUES('val_loss',1.5540916015625,1796612551424,'89c1791eba494628b356f47e921480c2',44,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01199328829970909278e+01,1796612561556,'89c1791eba494628b356f47e921480c2',45,0);
INSERT INTO "metrics" VALUES('test_acc',0.4634,1796612561556,'89c1791eba494628b356f47e921480c2',45,0);
INSERT INTO "metrics" VALUES('test_loss',1.54656039123535160584e+00,1796612561556,'89c1791eba494628b356f47e921480c2',45,0);
INSERT INTO "metrics" VALUES('train_loss',3.27580598256587918193e-01,1796612561556,'89c1791eba494628b356f47e921480c2',45,0);
INSERT INTO "metrics" VALUES('val_acc',0.456,1796612561556,'89c1791eba494628b356f47e921480c2',45,0);
INSERT INTO "metrics" VALUES('val_loss',1.52668865966796873934e+00,1796612561556,'89c1791eba494628b356f47e921480c2',45,0);
INSERT INTO "metrics" VALUES('round_seconds',9.99572005100344540551e+00,1796612571566,'89c1791eba494628b356f47e921480c2',46,0);
INSERT INTO "metrics" VALUES('train_loss',3.21138888469338412701e-01,1796612571566,'89c1791eba494628b356f47e921480c2',46,0);
INSERT INTO "metrics" VALUES('val_acc',0.4632,1796612571566,'89c1791eba494628b356f47e921480c2',46,0);
INSERT INTO "metrics" VALUES('val_loss',1.52021672058105461466e+00,1796612571566,'89c1791eba494628b356f47e921480c2',46,0);
INSERT INTO "metrics" VALUES('round_seconds',9.08745859200280392542e+00,1796612580666,'89c1791eba494628b356f47e921480c2',47,0);
INSERT INTO "metrics" VALUES('train_loss',3.21750191716551781073e-01,1796612580666,'89c1791eba494628b356f47e921480c2',47,0);
INSERT INTO "metrics" VALUES('val_acc',0.4696,1796612580666,'89c1791eba494628b356f47e921480c2',47,0);
INSERT INTO "metrics" VALUES('val_loss',1.49634193725585928902e+00,1796612580666,'89c1791eba494628b356f47e921480c2',47,0);
INSERT INTO "metrics" VALUES('round_seconds',9.82783165600267238914e+00,1796612590511,'89c1791eba494628b356f47e921480c2',48,0);
INSERT INTO "metrics" VALUES('train_loss',3.17102172533273718446e-01,1796612590511,'89c1791eba494628b356f47e921480c2',48,0);
INSERT INTO "metrics" VALUES('val_acc',0.4614,1796612590511,'89c1791eba494628b356f47e921480c2',48,0);
INSERT INTO "metrics" VALUES('val_loss',1.52165943603515629867e+00,1796612590511,'89c1791eba494628b356f47e921480c2',48,0);
INSERT INTO "metrics" VALUES('round_seconds',9.63188232500033336691e+00,1796612600156,'89c1791eba494628b356f47e921480c2',49,0);
INSERT INTO "metrics" VALUES('train_loss',3.06802589954435767083e-01,1796612600156,'89c1791eba494628b356f47e921480c2',49,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796612600156,'89c1791eba494628b356f47e921480c2',49,0);
INSERT INTO "metrics" VALUES('val_loss',1.51626238403320301451e+00,1796612600156,'89c1791eba494628b356f47e921480c2',49,0);
INSERT INTO "metrics" VALUES('round_seconds',9.88476378300038,1796612610057,'89c1791eba494628b356f47e921480c2',50,0);
INSERT INTO "metrics" VALUES('test_acc',0.4611,1796612610057,'89c1791eba494628b356f47e921480c2',50,0);
INSERT INTO "metrics" VALUES('test_loss',1.55024557800292961395e+00,1796612610057,'89c1791eba494628b356f47e921480c2',50,0);
INSERT INTO "metrics" VALUES('train_loss',2.99706581528186799534e-01,1796612610057,'89c1791eba494628b356f47e921480c2',50,0);
INSERT INTO "metrics" VALUES('val_acc',0.4648,1796612610057,'89c1791eba494628b356f47e921480c2',50,0);
INSERT INTO "metrics" VALUES('val_loss',1.53444556274414067864e+00,1796612610057,'89c1791eba494628b356f47e921480c2',50,0);
INSERT INTO "metrics" VALUES('round_seconds',9.92421618099979241378e+00,1796612619995,'89c1791eba494628b356f47e921480c2',51,0);
INSERT INTO "metrics" VALUES('train_loss',3.01580685246586766012e-01,1796612619995,'89c1791eba494628b356f47e921480c2',51,0);
INSERT INTO "metrics" VALUES('val_acc',0.4624,1796612619995,'89c1791eba494628b356f47e921480c2',51,0);
INSERT INTO "metrics" VALUES('val_loss',1.51339550170898440306e+00,1796612619995,'89c1791eba494628b356f47e921480c2',51,0);
INSERT INTO "metrics" VALUES('round_seconds',9.33726626999850850552e+00,1796612629345,'89c1791eba494628b356f47e921480c2',52,0);
INSERT INTO "metrics" VALUES('train_loss',0.29807602871418,1796612629345,'89c1791eba494628b356f47e921480c2',52,0);
INSERT INTO "metrics" VALUES('val_acc',0.4546,1796612629345,'89c1791eba494628b356f47e921480c2',52,0);
INSERT INTO "metrics" VALUES('val_loss',1.54768254394531257212e+00,1796612629345,'89c1791eba494628b356f47e921480c2',52,0);
INSERT INTO "metrics" VALUES('round_seconds',8.72900398400088306516e+00,1796612638088,'89c1791eba494628b356f47e921480c2',53,0);
INSERT INTO "metrics" VALUES('train_loss',3.00615046916007933042e-01,1796612638088,'89c1791eba494628b356f47e921480c2',53,0);
INSERT INTO "metrics" VALUES('val_acc',0.4568,1796612638088,'89c1791eba494628b356f47e921480c2',53,0);
INSERT INTO "metrics" VALUES('val_loss',1.53276849365234379973e+00,1796612638088,'89c1791eba494628b356f47e921480c2',53,0);
INSERT INTO "metrics" VALUES('round_seconds',8.92853473299692268483e+00,1796612647030,'89c1791eba494628b356f47e921480c2',54,0);
INSERT INTO "metrics" VALUES('train_loss',3.08174936750531203166e-01,1796612647030,'89c1791eba494628b356f47e921480c2',54,0);
INSERT INTO "metrics" VALUES('val_acc',0.4552,1796612647030,'89c1791eba494628b356f47e921480c2',54,0);
INSERT INTO "metrics" VALUES('val_loss',1.55468960266113276347e+00,1796612647030,'89c1791eba494628b356f47e921480c2',54,0);
INSERT INTO "metrics" VALUES('round_seconds',9.52235359000042,1796612656566,'89c1791eba494628b356f47e921480c2',55,0);
INSERT INTO "metrics" VALUES('test_acc',0.483,1796612656566,'89c1791eba494628b356f47e921480c2',55,0);
INSERT INTO "metrics" VALUES('test_loss',1.51334367675781256146e+00,1796612656566,'89c1791eba494628b356f47e921480c2',55,0);
INSERT INTO "metrics" VALUES('train_loss',2.85466423180103290313e-01,1796612656566,'89c1791eba494628b356f47e921480c2',55,0);
INSERT INTO "metrics" VALUES('val_acc',0.4804,1796612656566,'89c1791eba494628b356f47e921480c2',55,0);
INSERT INTO "metrics" VALUES('val_loss',1.48865570678710934515e+00,1796612656566,'89c1791eba494628b356f47e921480c2',55,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02158977410035731734e+01,1796612666795,'89c1791eba494628b356f47e921480c2',56,0);
INSERT INTO "metrics" VALUES('train_loss',2.85150387377738956384e-01,1796612666795,'89c1791eba494628b356f47e921480c2',56,0);
INSERT INTO "metrics" VALUES('val_acc',0.4744,1796612666795,'89c1791eba494628b356f47e921480c2',56,0);
INSERT INTO "metrics" VALUES('val_loss',1.51696244506835942189e+00,1796612666795,'89c1791eba494628b356f47e921480c2',56,0);
INSERT INTO "metrics" VALUES('round_seconds',9.06798522099779802374e+00,1796612675876,'89c1791eba494628b356f47e921480c2',57,0);
INSERT INTO "metrics" VALUES('train_loss',2.7432662271887059413e-01,1796612675876,'89c1791eba494628b356f47e921480c2',57,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796612675876,'89c1791eba494628b356f47e921480c2',57,0);
INSERT INTO "metrics" VALUES('val_loss',1.52533400268554686363e+00,1796612675876,'89c1791eba494628b356f47e921480c2',57,0);
INSERT INTO "metrics" VALUES('round_seconds',8.82085792699945159256e+00,1796612684710,'89c1791eba494628b356f47e921480c2',58,0);
INSERT INTO "metrics" VALUES('train_loss',2.79516125174239293826e-01,1796612684710,'89c1791eba494628b356f47e921480c2',58,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796612684710,'89c1791eba494628b356f47e921480c2',58,0);
INSERT INTO "metrics" VALUES('val_loss',1.54634626159667964984e+00,1796612684710,'89c1791eba494628b356f47e921480c2',58,0);
INSERT INTO "metrics" VALUES('round_seconds',8.71214305800094734877e+00,1796612693436,'89c1791eba494628b356f47e921480c2',59,0);
INSERT INTO "metrics" VALUES('train_loss',2.77867113476991667297e-01,1796612693436,'89c1791eba494628b356f47e921480c2',59,0);
INSERT INTO "metrics" VALUES('val_acc',0.4522,1796612693436,'89c1791eba494628b356f47e921480c2',59,0);
INSERT INTO "metrics" VALUES('val_loss',1.57685523071289068752e+00,1796612693436,'89c1791eba494628b356f47e921480c2',59,0);
INSERT INTO "metrics" VALUES('round_seconds',9.40478395500031183473e+00,1796612702854,'89c1791eba494628b356f47e921480c2',60,0);
INSERT INTO "metrics" VALUES('test_acc',0.4552,1796612702854,'89c1791eba494628b356f47e921480c2',60,0);
INSERT INTO "metrics" VALUES('test_loss',1.58274213409423825105e+00,1796612702854,'89c1791eba494628b356f47e921480c2',60,0);
INSERT INTO "metrics" VALUES('train_loss',2.79808120720684505577e-01,1796612702854,'89c1791eba494628b356f47e921480c2',60,0);
INSERT INTO "metrics" VALUES('val_acc',0.4606,1796612702854,'89c1791eba494628b356f47e921480c2',60,0);
INSERT INTO "metrics" VALUES('val_loss',1.56765222167968754085e+00,1796612702854,'89c1791eba494628b356f47e921480c2',60,0);
INSERT INTO "metrics" VALUES('round_seconds',8.54027043799942475743e+00,1796612711408,'89c1791eba494628b356f47e921480c2',61,0);
INSERT INTO "metrics" VALUES('train_loss',2.8017421166956424372e-01,1796612711408,'89c1791eba494628b356f47e921480c2',61,0);
INSERT INTO "metrics" VALUES('val_acc',0.4434,1796612711408,'89c1791eba494628b356f47e921480c2',61,0);
INSERT INTO "metrics" VALUES('val_loss',1.63815303955078128694e+00,1796612711408,'89c1791eba494628b356f47e921480c2',61,0);
INSERT INTO "metrics" VALUES('round_seconds',8.67867016699892701581e+00,1796612720102,'89c1791eba494628b356f47e921480c2',62,0);
INSERT INTO "metrics" VALUES('train_loss',2.76873546899557121392e-01,1796612720102,'89c1791eba494628b356f47e921480c2',62,0);
INSERT INTO "metrics" VALUES('val_acc',0.4414,1796612720102,'89c1791eba494628b356f47e921480c2',62,0);
INSERT INTO "metrics" VALUES('val_loss',1.62842914428710927587e+00,1796612720102,'89c1791eba494628b356f47e921480c2',62,0);
INSERT INTO "metrics" VALUES('round_seconds',9.38992752099875360727e+00,1796612729504,'89c1791eba494628b356f47e921480c2',63,0);
INSERT INTO "metrics" VALUES('train_loss',2.7547470442116261946e-01,1796612729504,'89c1791eba494628b356f47e921480c2',63,0);
INSERT INTO "metrics" VALUES('val_acc',0.4438,1796612729504,'89c1791eba494628b356f47e921480c2',63,0);
INSERT INTO "metrics" VALUES('val_loss',1.64921694946289054684e+00,1796612729504,'89c1791eba494628b356f47e921480c2',63,0);
INSERT INTO "metrics" VALUES('round_seconds',8.94890805099930730648e+00,1796612738473,'89c1791eba494628b356f47e921480c2',64,0);
INSERT INTO "metrics" VALUES('train_loss',2.74258358883857744636e-01,1796612738473,'89c1791eba494628b356f47e921480c2',64,0);
INSERT INTO "metrics" VALUES('val_acc',0.4548,1796612738473,'89c1791eba494628b356f47e921480c2',64,0);
INSERT INTO "metrics" VALUES('val_loss',1.62638245239257805963e+00,1796612738473,'89c1791eba494628b356f47e921480c2',64,0);
INSERT INTO "metrics" VALUES('round_seconds',9.85973300100158667191e+00,1796612748346,'89c1791eba494628b356f47e921480c2',65,0);
INSERT INTO "metrics" VALUES('test_acc',0.4653,1796612748346,'89c1791eba494628b356f47e921480c2',65,0);
INSERT INTO "metrics" VALUES('test_loss',1.6010608367919922923e+00,1796612748346,'89c1791eba494628b356f47e921480c2',65,0);
INSERT INTO "metrics" VALUES('train_loss',2.71021057213544858122e-01,1796612748346,'89c1791eba494628b356f47e921480c2',65,0);
INSERT INTO "metrics" VALUES('val_acc',0.4584,1796612748346,'89c1791eba494628b356f47e921480c2',65,0);
INSERT INTO "metrics" VALUES('val_loss',1.58584533691406259769e+00,1796612748346,'89c1791eba494628b356f47e921480c2',65,0);
INSERT INTO "metrics" VALUES('round_seconds',8.77957632200195803306e+00,1796612757139,'89c1791eba494628b356f47e921480c2',66,0);
INSERT INTO "metrics" VALUES('train_loss',2.6583030458986761646e-01,1796612757139,'89c1791eba494628b356f47e921480c2',66,0);
INSERT INTO "metrics" VALUES('val_acc',0.465,1796612757139,'89c1791eba494628b356f47e921480c2',66,0);
INSERT INTO "metrics" VALUES('val_loss',1.57204507141113292156e+00,1796612757139,'89c1791eba494628b356f47e921480c2',66,0);
INSERT INTO "metrics" VALUES('round_seconds',8.81559001300047384575e+00,1796612765967,'89c1791eba494628b356f47e921480c2',67,0);
INSERT INTO "metrics" VALUES('train_loss',2.58114833257049369752e-01,1796612765967,'89c1791eba494628b356f47e921480c2',67,0);
INSERT INTO "metrics" VALUES('val_acc',0.469,1796612765967,'89c1791eba494628b356f47e921480c2',67,0);
INSERT INTO "metrics" VALUES('val_loss',1.55658368530273438778e+00,1796612765967,'89c1791eba494628b356f47e921480c2',67,0);
INSERT INTO "metrics" VALUES('round_seconds',9.0501615280009,1796612775030,'89c1791eba494628b356f47e921480c2',68,0);
INSERT INTO "metrics" VALUES('train_loss',2.56301941121518606081e-01,1796612775030,'89c1791eba494628b356f47e921480c2',68,0);
INSERT INTO "metrics" VALUES('val_acc',0.4742,1796612775030,'89c1791eba494628b356f47e921480c2',68,0);
INSERT INTO "metrics" VALUES('val_loss',1.55779781799316396906e+00,1796612775030,'89c1791eba494628b356f47e921480c2',68,0);
INSERT INTO "metrics" VALUES('round_seconds',8.53787659600129700265e+00,1796612783580,'89c1791eba494628b356f47e921480c2',69,0);
INSERT INTO "metrics" VALUES('train_loss',2.69192057564854647644e-01,1796612783580,'89c1791eba494628b356f47e921480c2',69,0);
INSERT INTO "metrics" VALUES('val_acc',0.4668,1796612783580,'89c1791eba494628b356f47e921480c2',69,0);
INSERT INTO "metrics" VALUES('val_loss',1.56803181152343751314e+00,1796612783580,'89c1791eba494628b356f47e921480c2',69,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01693173989988281389e+01,1796612793763,'89c1791eba494628b356f47e921480c2',70,0);
INSERT INTO "metrics" VALUES('test_acc',0.4681,1796612793763,'89c1791eba494628b356f47e921480c2',70,0);
INSERT INTO "metrics" VALUES('test_loss',1.60965153198242183485e+00,1796612793763,'89c1791eba494628b356f47e921480c2',70,0);
INSERT INTO "metrics" VALUES('train_loss',2.54738635089099385577e-01,1796612793763,'89c1791eba494628b356f47e921480c2',70,0);
INSERT INTO "metrics" VALUES('val_acc',0.4642,1796612793763,'89c1791eba494628b356f47e921480c2',70,0);
INSERT INTO "metrics" VALUES('val_loss',1.58778385009765621305e+00,1796612793763,'89c1791eba494628b356f47e921480c2',70,0);
INSERT INTO "metrics" VALUES('round_seconds',9.65679338200061465613e+00,1796612803433,'89c1791eba494628b356f47e921480c2',71,0);
INSERT INTO "metrics" VALUES('train_loss',2.60588488838076615117e-01,1796612803433,'89c1791eba494628b356f47e921480c2',71,0);
INSERT INTO "metrics" VALUES('val_acc',0.4558,1796612803433,'89c1791eba494628b356f47e921480c2',71,0);
INSERT INTO "metrics" VALUES('val_loss',1.60431126708984383988e+00,1796612803433,'89c1791eba494628b356f47e921480c2',71,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02870436649973271412e+01,1796612814050,'89c1791eba494628b356f47e921480c2',72,0);
INSERT INTO "metrics" VALUES('train_loss',2.56458890991210941567e-01,1796612814050,'89c1791eba494628b356f47e921480c2',72,0);
INSERT INTO "metrics" VALUES('val_acc',0.4652,1796612814050,'89c1791eba494628b356f47e921480c2',72,0);
INSERT INTO "metrics" VALUES('val_loss',1.59502544250488287325e+00,1796612814050,'89c1791eba494628b356f47e921480c2',72,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03487316739992820659e+01,1796612824413,'89c1791eba494628b356f47e921480c2',73,0);
INSERT INTO "metrics" VALUES('train_loss',2.53759438529014613727e-01,1796612824413,'89c1791eba494628b356f47e921480c2',73,0);
INSERT INTO "metrics" VALUES('val_acc',0.467,1796612824413,'89c1791eba494628b356f47e921480c2',73,0);
INSERT INTO "metrics" VALUES('val_loss',1.59150482788085945173e+00,1796612824413,'89c1791eba494628b356f47e921480c2',73,0);
INSERT INTO "metrics" VALUES('round_seconds',1.05130775790021289137e+01,1796612834941,'89c1791eba494628b356f47e921480c2',74,0);
INSERT INTO "metrics" VALUES('train_loss',2.59150895192027108659e-01,1796612834941,'89c1791eba494628b356f47e921480c2',74,0);
INSERT INTO "metrics" VALUES('val_acc',0.4656,1796612834941,'89c1791eba494628b356f47e921480c2',74,0);
INSERT INTO "metrics" VALUES('val_loss',1.57983789672851560048e+00,1796612834941,'89c1791eba494628b356f47e921480c2',74,0);
INSERT INTO "metrics" VALUES('round_seconds',1.05169963459993596186e+01,1796612845474,'89c1791eba494628b356f47e921480c2',75,0);
INSERT INTO "metrics" VALUES('test_acc',0.4632,1796612845474,'89c1791eba494628b356f47e921480c2',75,0);
INSERT INTO "metrics" VALUES('test_loss',1.6453292449951171239e+00,1796612845474,'89c1791eba494628b356f47e921480c2',75,0);
INSERT INTO "metrics" VALUES('train_loss',2.41176802133917816961e-01,1796612845474,'89c1791eba494628b356f47e921480c2',75,0);
INSERT INTO "metrics" VALUES('val_acc',0.4622,1796612845474,'89c1791eba494628b356f47e921480c2',75,0);
INSERT INTO "metrics" VALUES('val_loss',1.61475354003906246269e+00,1796612845474,'89c1791eba494628b356f47e921480c2',75,0);
INSERT INTO "metrics" VALUES('round_seconds',9.31381013999998685903e+00,1796612854804,'89c1791eba494628b356f47e921480c2',76,0);
INSERT INTO "metrics" VALUES('train_loss',2.51233697990179027925e-01,1796612854804,'89c1791eba494628b356f47e921480c2',76,0);
INSERT INTO "metrics" VALUES('val_acc',0.4684,1796612854804,'89c1791eba494628b356f47e921480c2',76,0);
INSERT INTO "metrics" VALUES('val_loss',1.57619601745605475429e+00,1796612854804,'89c1791eba494628b356f47e921480c2',76,0);
INSERT INTO "metrics" VALUES('round_seconds',9.76375364799969247542e+00,1796612864582,'89c1791eba494628b356f47e921480c2',77,0);
INSERT INTO "metrics" VALUES('train_loss',2.40304553415775307145e-01,1796612864582,'89c1791eba494628b356f47e921480c2',77,0);
INSERT INTO "metrics" VALUES('val_acc',0.4646,1796612864582,'89c1791eba494628b356f47e921480c2',77,0);
INSERT INTO "metrics" VALUES('val_loss',1.5892695373535157266e+00,1796612864582,'89c1791eba494628b356f47e921480c2',77,0);
INSERT INTO "metrics" VALUES('round_seconds',9.59106196300126612186e+00,1796612874188,'89c1791eba494628b356f47e921480c2',78,0);
INSERT INTO "metrics" VALUES('train_loss',2.43071138152480131777e-01,1796612874188,'89c1791eba494628b356f47e921480c2',78,0);
INSERT INTO "metrics" VALUES('val_acc',0.481,1796612874188,'89c1791eba494628b356f47e921480c2',78,0);
INSERT INTO "metrics" VALUES('val_loss',1.54066570434570304648e+00,1796612874188,'89c1791eba494628b356f47e921480c2',78,0);
INSERT INTO "metrics" VALUES('round_seconds',9.50511904999803,1796612883712,'89c1791eba494628b356f47e921480c2',79,0);
INSERT INTO "metrics" VALUES('train_loss',2.39688525838851917981e-01,1796612883712,'89c1791eba494628b356f47e921480c2',79,0);
INSERT INTO "metrics" VALUES('val_acc',0.4712,1796612883712,'89c1791eba494628b356f47e921480c2',79,0);
INSERT INTO "metrics" VALUES('val_loss',1.55573485107421882744e+00,1796612883712,'89c1791eba494628b356f47e921480c2',79,0);
INSERT INTO "metrics" VALUES('round_seconds',1.07132340509997447952e+01,1796612894440,'89c1791eba494628b356f47e921480c2',80,0);
INSERT INTO "metrics" VALUES('test_acc',0.4848,1796612894440,'89c1791eba494628b356f47e921480c2',80,0);
INSERT INTO "metrics" VALUES('test_loss',1.5633542785644531925e+00,1796612894440,'89c1791eba494628b356f47e921480c2',80,0);
INSERT INTO "metrics" VALUES('train_loss',2.3826737769395117672e-01,1796612894440,'89c1791eba494628b356f47e921480c2',80,0);
INSERT INTO "metrics" VALUES('val_acc',0.475,1796612894440,'89c1791eba494628b356f47e921480c2',80,0);
INSERT INTO "metrics" VALUES('val_loss',1.55005389404296867184e+00,1796612894440,'89c1791eba494628b356f47e921480c2',80,0);
INSERT INTO "metrics" VALUES('round_seconds',9.65756822799812653101e+00,1796612904117,'89c1791eba494628b356f47e921480c2',81,0);
INSERT INTO "metrics" VALUES('train_loss',2.33993812398910538963e-01,1796612904117,'89c1791eba494628b356f47e921480c2',81,0);
INSERT INTO "metrics" VALUES('val_acc',0.4694,1796612904117,'89c1791eba494628b356f47e921480c2',81,0);
INSERT INTO "metrics" VALUES('val_loss',1.56618879394531251847e+00,1796612904117,'89c1791eba494628b356f47e921480c2',81,0);
INSERT INTO "metrics" VALUES('round_seconds',9.89549455899759777821e+00,1796612914026,'89c1791eba494628b356f47e921480c2',82,0);
INSERT INTO "metrics" VALUES('train_loss',2.29793889113068611207e-01,1796612914026,'89c1791eba494628b356f47e921480c2',82,0);
INSERT INTO "metrics" VALUES('val_acc',0.4674,1796612914026,'89c1791eba494628b356f47e921480c2',82,0);
INSERT INTO "metrics" VALUES('val_loss',1.55891653442382804861e+00,1796612914026,'89c1791eba494628b356f47e921480c2',82,0);
INSERT INTO "metrics" VALUES('round_seconds',1.00570510919969819947e+01,1796612924098,'89c1791eba494628b356f47e921480c2',83,0);
INSERT INTO "metrics" VALUES('train_loss',2.32390921053588411782e-01,1796612924098,'89c1791eba494628b356f47e921480c2',83,0);
INSERT INTO "metrics" VALUES('val_acc',0.4772,1796612924098,'89c1791eba494628b356f47e921480c2',83,0);
INSERT INTO "metrics" VALUES('val_loss',1.56236751098632820067e+00,1796612924098,'89c1791eba494628b356f47e921480c2',83,0);
INSERT INTO "metrics" VALUES('round_seconds',9.29350394200082519091e+00,1796612933407,'89c1791eba494628b356f47e921480c2',84,0);
INSERT INTO "metrics" VALUES('train_loss',2.31524014213085188584e-01,1796612933407,'89c1791eba494628b356f47e921480c2',84,0);
INSERT INTO "metrics" VALUES('val_acc',0.475,1796612933407,'89c1791eba494628b356f47e921480c2',84,0);
INSERT INTO "metrics" VALUES('val_loss',1.57064461059570303902e+00,1796612933407,'89c1791eba494628b356f47e921480c2',84,0);
INSERT INTO "metrics" VALUES('round_seconds',9.95725911200133850798e+00,1796612943378,'89c1791eba494628b356f47e921480c2',85,0);
INSERT INTO "metrics" VALUES('test_acc',0.4797,1796612943378,'89c1791eba494628b356f47e921480c2',85,0);
INSERT INTO "metrics" VALUES('test_loss',1.58230971984863288959e+00,1796612943378,'89c1791eba494628b356f47e921480c2',85,0);
INSERT INTO "metrics" VALUES('train_loss',2.31115721107125304811e-01,1796612943378,'89c1791eba494628b356f47e921480c2',85,0);
INSERT INTO "metrics" VALUES('val_acc',0.4762,1796612943378,'89c1791eba494628b356f47e921480c2',85,0);
INSERT INTO "metrics" VALUES('val_loss',1.56731877441406242112e+00,1796612943378,'89c1791eba494628b356f47e921480c2',85,0);
INSERT INTO "metrics" VALUES('round_seconds',9.04178102700098,1796612952434,'89c1791eba494628b356f47e921480c2',86,0);
INSERT INTO "metrics" VALUES('train_loss',2.24595947219729447086e-01,1796612952434,'89c1791eba494628b356f47e921480c2',86,0);
INSERT INTO "metrics" VALUES('val_acc',0.4722,1796612952434,'89c1791eba494628b356f47e921480c2',86,0);
INSERT INTO "metrics" VALUES('val_loss',1.579986572265625e+00,1796612952434,'89c1791eba494628b356f47e921480c2',86,0);
INSERT INTO "metrics" VALUES('round_seconds',9.0911673570008133538e+00,1796612961538,'89c1791eba494628b356f47e921480c2',87,0);
INSERT INTO "metrics" VALUES('train_loss',2.26563307799994978486e-01,1796612961538,'89c1791eba494628b356f47e921480c2',87,0);
INSERT INTO "metrics" VALUES('val_acc',0.4752,1796612961538,'89c1791eba494628b356f47e921480c2',87,0);
INSERT INTO "metrics" VALUES('val_loss',1.55442295532226570919e+00,1796612961538,'89c1791eba494628b356f47e921480c2',87,0);
INSERT INTO "metrics" VALUES('round_seconds',8.78534272599790710955e+00,1796612970336,'89c1791eba494628b356f47e921480c2',88,0);
INSERT INTO "metrics" VALUES('train_loss',2.29103131612539256956e-01,1796612970336,'89c1791eba494628b356f47e921480c2',88,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796612970336,'89c1791eba494628b356f47e921480c2',88,0);
INSERT INTO "metrics" VALUES('val_loss',1.61765189819335941656e+00,1796612970336,'89c1791eba494628b356f47e921480c2',88,0);
INSERT INTO "metrics" VALUES('round_seconds',9.04010335899875,1796612979390,'89c1791eba494628b356f47e921480c2',89,0);
INSERT INTO "metrics" VALUES('train_loss',2.1910036977887153986e-01,1796612979390,'89c1791eba494628b356f47e921480c2',89,0);
INSERT INTO "metrics" VALUES('val_acc',0.4744,1796612979390,'89c1791eba494628b356f47e921480c2',89,0);
INSERT INTO "metrics" VALUES('val_loss',1.58090082397460940377e+00,1796612979390,'89c1791eba494628b356f47e921480c2',89,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01872990150004625318e+01,1796612989591,'89c1791eba494628b356f47e921480c2',90,0);
INSERT INTO "metrics" VALUES('test_acc',0.4784,1796612989591,'89c1791eba494628b356f47e921480c2',90,0);
INSERT INTO "metrics" VALUES('test_loss',1.60108418884277337035e+00,1796612989591,'89c1791eba494628b356f47e921480c2',90,0);
INSERT INTO "metrics" VALUES('train_loss',2.1754758090794085179e-01,1796612989591,'89c1791eba494628b356f47e921480c2',90,0);
INSERT INTO "metrics" VALUES('val_acc',0.4682,1796612989591,'89c1791eba494628b356f47e921480c2',90,0);
INSERT INTO "metrics" VALUES('val_loss',1.58612596435546882034e+00,1796612989591,'89c1791eba494628b356f47e921480c2',90,0);
INSERT INTO "metrics" VALUES('round_seconds',1.13545030690002022308e+01,1796613000960,'89c1791eba494628b356f47e921480c2',91,0);
INSERT INTO "metrics" VALUES('train_loss',2.11770225554406638091e-01,1796613000960,'89c1791eba494628b356f47e921480c2',91,0);
INSERT INTO "metrics" VALUES('val_acc',0.478,1796613000960,'89c1791eba494628b356f47e921480c2',91,0);
INSERT INTO "metrics" VALUES('val_loss',1.57246623535156260231e+00,1796613000960,'89c1791eba494628b356f47e921480c2',91,0);
INSERT INTO "metrics" VALUES('round_seconds',1.28154863760028092656e+01,1796613013793,'89c1791eba494628b356f47e921480c2',92,0);
INSERT INTO "metrics" VALUES('train_loss',2.16670142689943306946e-01,1796613013793,'89c1791eba494628b356f47e921480c2',92,0);
INSERT INTO "metrics" VALUES('val_acc',0.47,1796613013793,'89c1791eba494628b356f47e921480c2',92,0);
INSERT INTO "metrics" VALUES('val_loss',1.57758804321289058947e+00,1796613013793,'89c1791eba494628b356f47e921480c2',92,0);
INSERT INTO "metrics" VALUES('round_seconds',1.18723715359992638691e+01,1796613025685,'89c1791eba494628b356f47e921480c2',93,0);
INSERT INTO "metrics" VALUES('train_loss',2.18296330121755588482e-01,1796613025685,'89c1791eba494628b356f47e921480c2',93,0);
INSERT INTO "metrics" VALUES('val_acc',0.474,1796613025685,'89c1791eba494628b356f47e921480c2',93,0);
INSERT INTO "metrics" VALUES('val_loss',1.58733606567382823371e+00,1796613025685,'89c1791eba494628b356f47e921480c2',93,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01121218690022942612e+01,1796613035812,'89c1791eba494628b356f47e921480c2',94,0);
INSERT INTO "metrics" VALUES('train_loss',2.19337770904749651545e-01,1796613035812,'89c1791eba494628b356f47e921480c2',94,0);
INSERT INTO "metrics" VALUES('val_acc',0.4732,1796613035812,'89c1791eba494628b356f47e921480c2',94,0);
INSERT INTO "metrics" VALUES('val_loss',1.57341414184570305145e+00,1796613035812,'89c1791eba494628b356f47e921480c2',94,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02731177229979948602e+01,1796613046098,'89c1791eba494628b356f47e921480c2',95,0);
INSERT INTO "metrics" VALUES('test_acc',0.486,1796613046098,'89c1791eba494628b356f47e921480c2',95,0);
INSERT INTO "metrics" VALUES('test_loss',1.60275335693359366473e+00,1796613046098,'89c1791eba494628b356f47e921480c2',95,0);
INSERT INTO "metrics" VALUES('train_loss',2.12437393571734439712e-01,1796613046098,'89c1791eba494628b356f47e921480c2',95,0);
INSERT INTO "metrics" VALUES('val_acc',0.4772,1796613046098,'89c1791eba494628b356f47e921480c2',95,0);
INSERT INTO "metrics" VALUES('val_loss',1.58887378540039070351e+00,1796613046098,'89c1791eba494628b356f47e921480c2',95,0);
INSERT INTO "metrics" VALUES('round_seconds',1.11218015169979480563e+01,1796613057235,'89c1791eba494628b356f47e921480c2',96,0);
INSERT INTO "metrics" VALUES('train_loss',2.09842943990379587893e-01,1796613057235,'89c1791eba494628b356f47e921480c2',96,0);
INSERT INTO "metrics" VALUES('val_acc',0.4726,1796613057235,'89c1791eba494628b356f47e921480c2',96,0);
INSERT INTO "metrics" VALUES('val_loss',1.61362360229492196594e+00,1796613057235,'89c1791eba494628b356f47e921480c2',96,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01876642789975448979e+01,1796613067442,'89c1791eba494628b356f47e921480c2',97,0);
INSERT INTO "metrics" VALUES('train_loss',2.09104929291754976228e-01,1796613067442,'89c1791eba494628b356f47e921480c2',97,0);
INSERT INTO "metrics" VALUES('val_acc',0.4758,1796613067442,'89c1791eba494628b356f47e921480c2',97,0);
INSERT INTO "metrics" VALUES('val_loss',1.60620955810546872655e+00,1796613067442,'89c1791eba494628b356f47e921480c2',97,0);
INSERT INTO "metrics" VALUES('round_seconds',9.03447114799928385764e+00,1796613076494,'89c1791eba494628b356f47e921480c2',98,0);
INSERT INTO "metrics" VALUES('train_loss',2.02703510320633661923e-01,1796613076494,'89c1791eba494628b356f47e921480c2',98,0);
INSERT INTO "metrics" VALUES('val_acc',0.4792,1796613076494,'89c1791eba494628b356f47e921480c2',98,0);
INSERT INTO "metrics" VALUES('val_loss',1.60925249023437499928e+00,1796613076494,'89c1791eba494628b356f47e921480c2',98,0);
INSERT INTO "metrics" VALUES('round_seconds',8.51955439399898750707e+00,1796613085031,'89c1791eba494628b356f47e921480c2',99,0);
INSERT INTO "metrics" VALUES('train_loss',2.10440429060459149868e-01,1796613085031,'89c1791eba494628b356f47e921480c2',99,0);
INSERT INTO "metrics" VALUES('val_acc',0.4716,1796613085031,'89c1791eba494628b356f47e921480c2',99,0);
INSERT INTO "metrics" VALUES('val_loss',1.64405350341796885338e+00,1796613085031,'89c1791eba494628b356f47e921480c2',99,0);
INSERT INTO "metrics" VALUES('round_seconds',1.01013511050005035942e+01,1796613095146,'89c1791eba494628b356f47e921480c2',100,0);
INSERT INTO "metrics" VALUES('test_acc',0.479,1796613095146,'89c1791eba494628b356f47e921480c2',100,0);
INSERT INTO "metrics" VALUES('test_loss',1.65414811401367178866e+00,1796613095146,'89c1791eba494628b356f47e921480c2',100,0);
INSERT INTO "metrics" VALUES('train_loss',2.16940448309779182478e-01,1796613095146,'89c1791eba494628b356f47e921480c2',100,0);
INSERT INTO "metrics" VALUES('val_acc',0.4772,1796613095146,'89c1791eba494628b356f47e921480c2',100,0);
INSERT INTO "metrics" VALUES('val_loss',1.63222764892578120488e+00,1796613095146,'89c1791eba494628b356f47e921480c2',100,0);
INSERT INTO "metrics" VALUES('round_seconds',9.90881446799903642386e+00,1796613105079,'89c1791eba494628b356f47e921480c2',101,0);
INSERT INTO "metrics" VALUES('train_loss',2.12721748154461431923e-01,1796613105079,'89c1791eba494628b356f47e921480c2',101,0);
INSERT INTO "metrics" VALUES('val_acc',0.4746,1796613105079,'89c1791eba494628b356f47e921480c2',101,0);
INSERT INTO "metrics" VALUES('val_loss',1.6221940063476563143e+00,1796613105079,'89c1791eba494628b356f47e921480c2',101,0);
INSERT INTO "metrics" VALUES('round_seconds',9.17693087199950241483e+00,1796613114269,'89c1791eba494628b356f47e921480c2',102,0);
INSERT INTO "metrics" VALUES('train_loss',2.04885519049987224748e-01,1796613114269,'89c1791eba494628b356f47e921480c2',102,0);
INSERT INTO "metrics" VALUES('val_acc',0.4658,1796613114269,'89c1791eba494628b356f47e921480c2',102,0);
INSERT INTO "metrics" VALUES('val_loss',1.69422192382812508704e+00,1796613114269,'89c1791eba494628b356f47e921480c2',102,0);
INSERT INTO "metrics" VALUES('round_seconds',9.25747050800055149011e+00,1796613123558,'89c1791eba494628b356f47e921480c2',103,0);
INSERT INTO "metrics" VALUES('train_loss',2.17332682670950905201e-01,1796613123558,'89c1791eba494628b356f47e921480c2',103,0);
INSERT INTO "metrics" VALUES('val_acc',0.4594,1796613123558,'89c1791eba494628b356f47e921480c2',103,0);
INSERT INTO "metrics" VALUES('val_loss',1.69598268432617182988e+00,1796613123558,'89c1791eba494628b356f47e921480c2',103,0);
INSERT INTO "metrics" VALUES('round_seconds',9.10132087400052114389e+00,1796613132673,'89c1791eba494628b356f47e921480c2',104,0);
INSERT INTO "metrics" VALUES('train_loss',2.04775822877883900696e-01,1796613132673,'89c1791eba494628b356f47e921480c2',104,0);
INSERT INTO "metrics" VALUES('val_acc',0.4628,1796613132673,'89c1791eba494628b356f47e921480c2',104,0);
INSERT INTO "metrics" VALUES('val_loss',1.70669708251953133881e+00,1796613132673,'89c1791eba494628b356f47e921480c2',104,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0215490476999548264e+01,1796613142905,'89c1791eba494628b356f47e921480c2',105,0);
INSERT INTO "metrics" VALUES('test_acc',0.4674,1796613142905,'89c1791eba494628b356f47e921480c2',105,0);
INSERT INTO "metrics" VALUES('test_loss',1.70560481872558589166e+00,1796613142905,'89c1791eba494628b356f47e921480c2',105,0);
INSERT INTO "metrics" VALUES('train_loss',2.07823381399661333279e-01,1796613142905,'89c1791eba494628b356f47e921480c2',105,0);
INSERT INTO "metrics" VALUES('val_acc',0.4588,1796613142905,'89c1791eba494628b356f47e921480c2',105,0);
INSERT INTO "metrics" VALUES('val_loss',1.70222948303222665344e+00,1796613142905,'89c1791eba494628b356f47e921480c2',105,0);
INSERT INTO "metrics" VALUES('round_seconds',9.53664271199886570684e+00,1796613152462,'89c1791eba494628b356f47e921480c2',106,0);
INSERT INTO "metrics" VALUES('train_loss',2.04331782284453505882e-01,1796613152462,'89c1791eba494628b356f47e921480c2',106,0);
INSERT INTO "metrics" VALUES('val_acc',0.4664,1796613152462,'89c1791eba494628b356f47e921480c2',106,0);
INSERT INTO "metrics" VALUES('val_loss',1.68739542846679690946e+00,1796613152462,'89c1791eba494628b356f47e921480c2',106,0);
INSERT INTO "metrics" VALUES('round_seconds',9.57902858599845785647e+00,1796613162054,'89c1791eba494628b356f47e921480c2',107,0);
INSERT INTO "metrics" VALUES('train_loss',2.0946963036388160928e-01,1796613162054,'89c1791eba494628b356f47e921480c2',107,0);
INSERT INTO "metrics" VALUES('val_acc',0.4596,1796613162054,'89c1791eba494628b356f47e921480c2',107,0);
INSERT INTO "metrics" VALUES('val_loss',1.69117428588867180216e+00,1796613162054,'89c1791eba494628b356f47e921480c2',107,0);
INSERT INTO "metrics" VALUES('round_seconds',9.59490568399996845982e+00,1796613171664,'89c1791eba494628b356f47e921480c2',108,0);
INSERT INTO "metrics" VALUES('train_loss',1.99287003761231901188e-01,1796613171664,'89c1791eba494628b356f47e921480c2',108,0);
INSERT INTO "metrics" VALUES('val_acc',0.4666,1796613171664,'89c1791eba494628b356f47e921480c2',108,0);
INSERT INTO "metrics" VALUES('val_loss',1.67968181152343754014e+00,1796613171664,'89c1791eba494628b356f47e921480c2',108,0);
INSERT INTO "metrics" VALUES('round_seconds',9.54679495399977895431e+00,1796613181228,'89c1791eba494628b356f47e921480c2',109,0);
INSERT INTO "metrics" VALUES('train_loss',2.08675703176856047749e-01,1796613181228,'89c1791eba494628b356f47e921480c2',109,0);
INSERT INTO "metrics" VALUES('val_acc',0.4534,1796613181228,'89c1791eba494628b356f47e921480c2',109,0);
INSERT INTO "metrics" VALUES('val_loss',1.71739434814453129085e+00,1796613181228,'89c1791eba494628b356f47e921480c2',109,0);
INSERT INTO "metrics" VALUES('round_seconds',9.85811856500004,1796613191100,'89c1791eba494628b356f47e921480c2',110,0);
INSERT INTO "metrics" VALUES('test_acc',0.4663,1796613191100,'89c1791eba494628b356f47e921480c2',110,0);
INSERT INTO "metrics" VALUES('test_loss',1.73985293884277347764e+00,1796613191100,'89c1791eba494628b356f47e921480c2',110,0);
INSERT INTO "metrics" VALUES('train_loss',2.03576101043224350073e-01,1796613191100,'89c1791eba494628b356f47e921480c2',110,0);
INSERT INTO "metrics" VALUES('val_acc',0.4626,1796613191100,'89c1791eba494628b356f47e921480c2',110,0);
INSERT INTO "metrics" VALUES('val_loss',1.71764135742187495914e+00,1796613191100,'89c1791eba494628b356f47e921480c2',110,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0245309460002317792e+01,1796613201359,'89c1791eba494628b356f47e921480c2',111,0);
INSERT INTO "metrics" VALUES('train_loss',2.02192846929430958269e-01,1796613201359,'89c1791eba494628b356f47e921480c2',111,0);
INSERT INTO "metrics" VALUES('val_acc',0.4596,1796613201359,'89c1791eba494628b356f47e921480c2',111,0);
INSERT INTO "metrics" VALUES('val_loss',1.70160513305664062855e+00,1796613201359,'89c1791eba494628b356f47e921480c2',111,0);
INSERT INTO "metrics" VALUES('round_seconds',9.09264084299866226501e+00,1796613210467,'89c1791eba494628b356f47e921480c2',112,0);
INSERT INTO "metrics" VALUES('train_loss',1.99630717704594118355e-01,1796613210467,'89c1791eba494628b356f47e921480c2',112,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796613210467,'89c1791eba494628b356f47e921480c2',112,0);
INSERT INTO "metrics" VALUES('val_loss',1.67486088256835929932e+00,1796613210467,'89c1791eba494628b356f47e921480c2',112,0);
INSERT INTO "metrics" VALUES('round_seconds',9.38572918100180686451e+00,1796613219869,'89c1791eba494628b356f47e921480c2',113,0);
INSERT INTO "metrics" VALUES('train_loss',2.01938334535509356193e-01,1796613219869,'89c1791eba494628b356f47e921480c2',113,0);
INSERT INTO "metrics" VALUES('val_acc',0.4686,1796613219869,'89c1791eba494628b356f47e921480c2',113,0);
INSERT INTO "metrics" VALUES('val_loss',1.67567450866699219069e+00,1796613219869,'89c1791eba494628b356f47e921480c2',113,0);
INSERT INTO "metrics" VALUES('round_seconds',8.97717036600079154595e+00,1796613228859,'89c1791eba494628b356f47e921480c2',114,0);
INSERT INTO "metrics" VALUES('train_loss',1.97889722270369522449e-01,1796613228859,'89c1791eba494628b356f47e921480c2',114,0);
INSERT INTO "metrics" VALUES('val_acc',0.468,1796613228859,'89c1791eba494628b356f47e921480c2',114,0);
INSERT INTO "metrics" VALUES('val_loss',1.6947876953125,1796613228859,'89c1791eba494628b356f47e921480c2',114,0);
INSERT INTO "metrics" VALUES('round_seconds',9.43578779999734251759e+00,1796613238309,'89c1791eba494628b356f47e921480c2',115,0);
INSERT INTO "metrics" VALUES('test_acc',0.4707,1796613238309,'89c1791eba494628b356f47e921480c2',115,0);
INSERT INTO "metrics" VALUES('test_loss',1.72444474487304688636e+00,1796613238309,'89c1791eba494628b356f47e921480c2',115,0);
INSERT INTO "metrics" VALUES('train_loss',1.93206980637311953596e-01,1796613238309,'89c1791eba494628b356f47e921480c2',115,0);
INSERT INTO "metrics" VALUES('val_acc',0.4628,1796613238309,'89c1791eba494628b356f47e921480c2',115,0);
INSERT INTO "metrics" VALUES('val_loss',1.71513229675292966369e+00,1796613238309,'89c1791eba494628b356f47e921480c2',115,0);
INSERT INTO "metrics" VALUES('round_seconds',8.73790544100120314396e+00,1796613247061,'89c1791eba494628b356f47e921480c2',116,0);
INSERT INTO "metrics" VALUES('train_loss',1.99616378284692780331e-01,1796613247061,'89c1791eba494628b356f47e921480c2',116,0);
INSERT INTO "metrics" VALUES('val_acc',0.4672,1796613247061,'89c1791eba494628b356f47e921480c2',116,0);
INSERT INTO "metrics" VALUES('val_loss',1.69455713500976568042e+00,1796613247061,'89c1791eba494628b356f47e921480c2',116,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03103921040019486099e+01,1796613257392,'89c1791eba494628b356f47e921480c2',117,0);
INSERT INTO "metrics" VALUES('train_loss',1.93477742866277696576e-01,1796613257392,'89c1791eba494628b356f47e921480c2',117,0);
INSERT INTO "metrics" VALUES('val_acc',0.4592,1796613257392,'89c1791eba494628b356f47e921480c2',117,0);
INSERT INTO "metrics" VALUES('val_loss',1.71184387817382810403e+00,1796613257392,'89c1791eba494628b356f47e921480c2',117,0);
INSERT INTO "metrics" VALUES('round_seconds',9.9405904639970685821e+00,1796613267352,'89c1791eba494628b356f47e921480c2',118,0);
INSERT INTO "metrics" VALUES('train_loss',1.92324337629973890484e-01,1796613267352,'89c1791eba494628b356f47e921480c2',118,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796613267352,'89c1791eba494628b356f47e921480c2',118,0);
INSERT INTO "metrics" VALUES('val_loss',1.6992823425292968853e+00,1796613267352,'89c1791eba494628b356f47e921480c2',118,0);
INSERT INTO "metrics" VALUES('round_seconds',9.83541913200315320864e+00,1796613277202,'89c1791eba494628b356f47e921480c2',119,0);
INSERT INTO "metrics" VALUES('train_loss',1.9771670540556310347e-01,1796613277202,'89c1791eba494628b356f47e921480c2',119,0);
INSERT INTO "metrics" VALUES('val_acc',0.4614,1796613277202,'89c1791eba494628b356f47e921480c2',119,0);
INSERT INTO "metrics" VALUES('val_loss',1.6918402648925781051e+00,1796613277202,'89c1791eba494628b356f47e921480c2',119,0);
INSERT INTO "metrics" VALUES('round_seconds',9.57868677100123,1796613286794,'89c1791eba494628b356f47e921480c2',120,0);
INSERT INTO "metrics" VALUES('test_acc',0.4745,1796613286794,'89c1791eba494628b356f47e921480c2',120,0);
INSERT INTO "metrics" VALUES('test_loss',1.75978799438476563032e+00,1796613286794,'89c1791eba494628b356f47e921480c2',120,0);
INSERT INTO "metrics" VALUES('train_loss',1.8995835734546184792e-01,1796613286794,'89c1791eba494628b356f47e921480c2',120,0);
INSERT INTO "metrics" VALUES('val_acc',0.468,1796613286794,'89c1791eba494628b356f47e921480c2',120,0);
INSERT INTO "metrics" VALUES('val_loss',1.7188615234375,1796613286794,'89c1791eba494628b356f47e921480c2',120,0);
INSERT INTO "metrics" VALUES('round_seconds',9.18841241499831,1796613295998,'89c1791eba494628b356f47e921480c2',121,0);
INSERT INTO "metrics" VALUES('train_loss',1.94759213799834240976e-01,1796613295998,'89c1791eba494628b356f47e921480c2',121,0);
INSERT INTO "metrics" VALUES('val_acc',0.4466,1796613295998,'89c1791eba494628b356f47e921480c2',121,0);
INSERT INTO "metrics" VALUES('val_loss',1.79493627929687504796e+00,1796613295998,'89c1791eba494628b356f47e921480c2',121,0);
INSERT INTO "metrics" VALUES('round_seconds',1.05539087759971152993e+01,1796613306568,'89c1791eba494628b356f47e921480c2',122,0);
INSERT INTO "metrics" VALUES('train_loss',1.91704863487333065918e-01,1796613306568,'89c1791eba494628b356f47e921480c2',122,0);
INSERT INTO "metrics" VALUES('val_acc',0.4656,1796613306568,'89c1791eba494628b356f47e921480c2',122,0);
INSERT INTO "metrics" VALUES('val_loss',1.70363389282226562748e+00,1796613306568,'89c1791eba494628b356f47e921480c2',122,0);
INSERT INTO "metrics" VALUES('round_seconds',1.05422309560017311012e+01,1796613317124,'89c1791eba494628b356f47e921480c2',123,0);
INSERT INTO "metrics" VALUES('train_loss',1.89448481164723625536e-01,1796613317124,'89c1791eba494628b356f47e921480c2',123,0);
INSERT INTO "metrics" VALUES('val_acc',0.4686,1796613317124,'89c1791eba494628b356f47e921480c2',123,0);
INSERT INTO "metrics" VALUES('val_loss',1.71799559936523427161e+00,1796613317124,'89c1791eba494628b356f47e921480c2',123,0);
INSERT INTO "metrics" VALUES('round_seconds',1.14840898379989084785e+01,1796613328633,'89c1791eba494628b356f47e921480c2',124,0);
INSERT INTO "metrics" VALUES('train_loss',1.87313877528309802311e-01,1796613328633,'89c1791eba494628b356f47e921480c2',124,0);
INSERT INTO "metrics" VALUES('val_acc',0.4738,1796613328633,'89c1791eba494628b356f47e921480c2',124,0);
INSERT INTO "metrics" VALUES('val_loss',1.68996771850585947305e+00,1796613328633,'89c1791eba494628b356f47e921480c2',124,0);
INSERT INTO "metrics" VALUES('round_seconds',1.16919440710007620514e+01,1796613340345,'89c1791eba494628b356f47e921480c2',125,0);
INSERT INTO "metrics" VALUES('test_acc',0.4662,1796613340345,'89c1791eba494628b356f47e921480c2',125,0);
INSERT INTO "metrics" VALUES('test_loss',1.74698331451416022375e+00,1796613340345,'89c1791eba494628b356f47e921480c2',125,0);
INSERT INTO "metrics" VALUES('train_loss',1.9807724010869862119e-01,1796613340345,'89c1791eba494628b356f47e921480c2',125,0);
INSERT INTO "metrics" VALUES('val_acc',0.4618,1796613340345,'89c1791eba494628b356f47e921480c2',125,0);
INSERT INTO "metrics" VALUES('val_loss',1.72985018005371093963e+00,1796613340345,'89c1791eba494628b356f47e921480c2',125,0);
INSERT INTO "metrics" VALUES('round_seconds',1.28084380820000660601e+01,1796613353174,'89c1791eba494628b356f47e921480c2',126,0);
INSERT INTO "metrics" VALUES('train_loss',1.84410514089763138967e-01,1796613353174,'89c1791eba494628b356f47e921480c2',126,0);
INSERT INTO "metrics" VALUES('val_acc',0.4686,1796613353174,'89c1791eba494628b356f47e921480c2',126,0);
INSERT INTO "metrics" VALUES('val_loss',1.69417570190429689347e+00,1796613353174,'89c1791eba494628b356f47e921480c2',126,0);
INSERT INTO "metrics" VALUES('round_seconds',1.13182175599977199456e+01,1796613364513,'89c1791eba494628b356f47e921480c2',127,0);
INSERT INTO "metrics" VALUES('train_loss',1.85641248879730741405e-01,1796613364513,'89c1791eba494628b356f47e921480c2',127,0);
INSERT INTO "metrics" VALUES('val_acc',0.4738,1796613364513,'89c1791eba494628b356f47e921480c2',127,0);
INSERT INTO "metrics" VALUES('val_loss',1.69269445800781248578e+00,1796613364513,'89c1791eba494628b356f47e921480c2',127,0);
INSERT INTO "metrics" VALUES('round_seconds',1.54956452760015963576e+01,1796613380031,'89c1791eba494628b356f47e921480c2',128,0);
INSERT INTO "metrics" VALUES('train_loss',1.86383197952210893921e-01,1796613380031,'89c1791eba494628b356f47e921480c2',128,0);
INSERT INTO "metrics" VALUES('val_acc',0.4686,1796613380031,'89c1791eba494628b356f47e921480c2',128,0);
INSERT INTO "metrics" VALUES('val_loss',1.71909249267578134734e+00,1796613380031,'89c1791eba494628b356f47e921480c2',128,0);
INSERT INTO "metrics" VALUES('round_seconds',1.49797475479972490579e+01,1796613395031,'89c1791eba494628b356f47e921480c2',129,0);
INSERT INTO "metrics" VALUES('train_loss',1.85819557505100957373e-01,1796613395031,'89c1791eba494628b356f47e921480c2',129,0);
INSERT INTO "metrics" VALUES('val_acc',0.4744,1796613395031,'89c1791eba494628b356f47e921480c2',129,0);
INSERT INTO "metrics" VALUES('val_loss',1.68775649414062489661e+00,1796613395031,'89c1791eba494628b356f47e921480c2',129,0);
INSERT INTO "metrics" VALUES('round_seconds',1.51302991039992775768e+01,1796613410195,'89c1791eba494628b356f47e921480c2',130,0);
INSERT INTO "metrics" VALUES('test_acc',0.4684,1796613410195,'89c1791eba494628b356f47e921480c2',130,0);
INSERT INTO "metrics" VALUES('test_loss',1.79588623046875,1796613410195,'89c1791eba494628b356f47e921480c2',130,0);
INSERT INTO "metrics" VALUES('train_loss',1.8672347676157952101e-01,1796613410195,'89c1791eba494628b356f47e921480c2',130,0);
INSERT INTO "metrics" VALUES('val_acc',0.465,1796613410195,'89c1791eba494628b356f47e921480c2',130,0);
INSERT INTO "metrics" VALUES('val_loss',1.7600768188476563214e+00,1796613410195,'89c1791eba494628b356f47e921480c2',130,0);
INSERT INTO "metrics" VALUES('round_seconds',1.49606464440003037452e+01,1796613425184,'89c1791eba494628b356f47e921480c2',131,0);
INSERT INTO "metrics" VALUES('train_loss',1.89858345658928118204e-01,1796613425184,'89c1791eba494628b356f47e921480c2',131,0);
INSERT INTO "metrics" VALUES('val_acc',0.4754,1796613425184,'89c1791eba494628b356f47e921480c2',131,0);
INSERT INTO "metrics" VALUES('val_loss',1.69513849792480475464e+00,1796613425184,'89c1791eba494628b356f47e921480c2',131,0);
INSERT INTO "metrics" VALUES('round_seconds',1.21468219019989192024e+01,1796613437353,'89c1791eba494628b356f47e921480c2',132,0);
INSERT INTO "metrics" VALUES('train_loss',1.81745188917741162804e-01,1796613437353,'89c1791eba494628b356f47e921480c2',132,0);
INSERT INTO "metrics" VALUES('val_acc',0.4706,1796613437353,'89c1791eba494628b356f47e921480c2',132,0);
INSERT INTO "metrics" VALUES('val_loss',1.69738404541015630577e+00,1796613437353,'89c1791eba494628b356f47e921480c2',132,0);
INSERT INTO "metrics" VALUES('round_seconds',1.28989193779998458923e+01,1796613450270,'89c1791eba494628b356f47e921480c2',133,0);
INSERT INTO "metrics" VALUES('train_loss',1.86905391764044775948e-01,1796613450270,'89c1791eba494628b356f47e921480c2',133,0);
INSERT INTO "metrics" VALUES('val_acc',0.4628,1796613450270,'89c1791eba494628b356f47e921480c2',133,0);
INSERT INTO "metrics" VALUES('val_loss',1.72159833984375,1796613450270,'89c1791eba494628b356f47e921480c2',133,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0223442522001278121e+01,1796613460512,'89c1791eba494628b356f47e921480c2',134,0);
INSERT INTO "metrics" VALUES('train_loss',1.79894337659627173708e-01,1796613460512,'89c1791eba494628b356f47e921480c2',134,0);
INSERT INTO "metrics" VALUES('val_acc',0.4656,1796613460512,'89c1791eba494628b356f47e921480c2',134,0);
INSERT INTO "metrics" VALUES('val_loss',1.73992958374023443113e+00,1796613460512,'89c1791eba494628b356f47e921480c2',134,0);
INSERT INTO "metrics" VALUES('round_seconds',9.55409526999938,1796613470082,'89c1791eba494628b356f47e921480c2',135,0);
INSERT INTO "metrics" VALUES('test_acc',0.4669,1796613470082,'89c1791eba494628b356f47e921480c2',135,0);
INSERT INTO "metrics" VALUES('test_loss',1.77995696868896491338e+00,1796613470082,'89c1791eba494628b356f47e921480c2',135,0);
INSERT INTO "metrics" VALUES('train_loss',1.81364639137089250775e-01,1796613470082,'89c1791eba494628b356f47e921480c2',135,0);
INSERT INTO "metrics" VALUES('val_acc',0.4636,1796613470082,'89c1791eba494628b356f47e921480c2',135,0);
INSERT INTO "metrics" VALUES('val_loss',1.76782178955078128623e+00,1796613470082,'89c1791eba494628b356f47e921480c2',135,0);
INSERT INTO "metrics" VALUES('round_seconds',8.8925136010002461262e+00,1796613478993,'89c1791eba494628b356f47e921480c2',136,0);
INSERT INTO "metrics" VALUES('train_loss',1.80816339805275200225e-01,1796613478993,'89c1791eba494628b356f47e921480c2',136,0);
INSERT INTO "metrics" VALUES('val_acc',0.4614,1796613478993,'89c1791eba494628b356f47e921480c2',136,0);
INSERT INTO "metrics" VALUES('val_loss',1.75042265625,1796613478993,'89c1791eba494628b356f47e921480c2',136,0);
INSERT INTO "metrics" VALUES('round_seconds',8.59011837100115371868e+00,1796613487601,'89c1791eba494628b356f47e921480c2',137,0);
INSERT INTO "metrics" VALUES('train_loss',1.90203630959987629589e-01,1796613487601,'89c1791eba494628b356f47e921480c2',137,0);
INSERT INTO "metrics" VALUES('val_acc',0.4652,1796613487601,'89c1791eba494628b356f47e921480c2',137,0);
INSERT INTO "metrics" VALUES('val_loss',1.72911981811523429719e+00,1796613487601,'89c1791eba494628b356f47e921480c2',137,0);
INSERT INTO "metrics" VALUES('round_seconds',8.63076599700070801191e+00,1796613496245,'89c1791eba494628b356f47e921480c2',138,0);
INSERT INTO "metrics" VALUES('train_loss',1.75558128912523397913e-01,1796613496245,'89c1791eba494628b356f47e921480c2',138,0);
INSERT INTO "metrics" VALUES('val_acc',0.4704,1796613496245,'89c1791eba494628b356f47e921480c2',138,0);
INSERT INTO "metrics" VALUES('val_loss',1.74653224487304692402e+00,1796613496245,'89c1791eba494628b356f47e921480c2',138,0);
INSERT INTO "metrics" VALUES('round_seconds',8.33686923699861,1796613504596,'89c1791eba494628b356f47e921480c2',139,0);
INSERT INTO "metrics" VALUES('train_loss',1.79940415482819082715e-01,1796613504596,'89c1791eba494628b356f47e921480c2',139,0);
INSERT INTO "metrics" VALUES('val_acc',0.4608,1796613504596,'89c1791eba494628b356f47e921480c2',139,0);
INSERT INTO "metrics" VALUES('val_loss',1.75275006103515629263e+00,1796613504596,'89c1791eba494628b356f47e921480c2',139,0);
INSERT INTO "metrics" VALUES('round_seconds',8.92899282899816171266e+00,1796613513539,'89c1791eba494628b356f47e921480c2',140,0);
INSERT INTO "metrics" VALUES('test_acc',0.48,1796613513539,'89c1791eba494628b356f47e921480c2',140,0);
INSERT INTO "metrics" VALUES('test_loss',1.76368173828125,1796613513539,'89c1791eba494628b356f47e921480c2',140,0);
INSERT INTO "metrics" VALUES('train_loss',1.71558567632213249121e-01,1796613513539,'89c1791eba494628b356f47e921480c2',140,0);
INSERT INTO "metrics" VALUES('val_acc',0.4738,1796613513539,'89c1791eba494628b356f47e921480c2',140,0);
INSERT INTO "metrics" VALUES('val_loss',1.72411697387695306282e+00,1796613513539,'89c1791eba494628b356f47e921480c2',140,0);
INSERT INTO "metrics" VALUES('round_seconds',8.43466116499985218979e+00,1796613521988,'89c1791eba494628b356f47e921480c2',141,0);
INSERT INTO "metrics" VALUES('train_loss',1.65628830514028657638e-01,1796613521988,'89c1791eba494628b356f47e921480c2',141,0);
INSERT INTO "metrics" VALUES('val_acc',0.4554,1796613521988,'89c1791eba494628b356f47e921480c2',141,0);
INSERT INTO "metrics" VALUES('val_loss',1.81232974548339842435e+00,1796613521988,'89c1791eba494628b356f47e921480c2',141,0);
INSERT INTO "metrics" VALUES('round_seconds',9.07658074299979489296e+00,1796613531078,'89c1791eba494628b356f47e921480c2',142,0);
INSERT INTO "metrics" VALUES('train_loss',1.76994970188736944205e-01,1796613531078,'89c1791eba494628b356f47e921480c2',142,0);
INSERT INTO "metrics" VALUES('val_acc',0.4654,1796613531078,'89c1791eba494628b356f47e921480c2',142,0);
INSERT INTO "metrics" VALUES('val_loss',1.722637890625,1796613531078,'89c1791eba494628b356f47e921480c2',142,0);
INSERT INTO "metrics" VALUES('round_seconds',8.97414347100129816681e+00,1796613540069,'89c1791eba494628b356f47e921480c2',143,0);
INSERT INTO "metrics" VALUES('train_loss',1.84484456126689899679e-01,1796613540069,'89c1791eba494628b356f47e921480c2',143,0);
INSERT INTO "metrics" VALUES('val_acc',0.4664,1796613540069,'89c1791eba494628b356f47e921480c2',143,0);
INSERT INTO "metrics" VALUES('val_loss',1.73823781127929688494e+00,1796613540069,'89c1791eba494628b356f47e921480c2',143,0);
INSERT INTO "metrics" VALUES('round_seconds',8.52324878400031593628e+00,1796613548606,'89c1791eba494628b356f47e921480c2',144,0);
INSERT INTO "metrics" VALUES('train_loss',1.74305286746919141371e-01,1796613548606,'89c1791eba494628b356f47e921480c2',144,0);
INSERT INTO "metrics" VALUES('val_acc',0.471,1796613548606,'89c1791eba494628b356f47e921480c2',144,0);
INSERT INTO "metrics" VALUES('val_loss',1.73310524291992185119e+00,1796613548606,'89c1791eba494628b356f47e921480c2',144,0);
INSERT INTO "metrics" VALUES('round_seconds',9.26208137299909139983e+00,1796613557882,'89c1791eba494628b356f47e921480c2',145,0);
INSERT INTO "metrics" VALUES('test_acc',0.4651,1796613557882,'89c1791eba494628b356f47e921480c2',145,0);
INSERT INTO "metrics" VALUES('test_loss',1.7546545806884765728e+00,1796613557882,'89c1791eba494628b356f47e921480c2',145,0);
INSERT INTO "metrics" VALUES('train_loss',1.79136272747516644976e-01,1796613557882,'89c1791eba494628b356f47e921480c2',145,0);
INSERT INTO "metrics" VALUES('val_acc',0.4686,1796613557882,'89c1791eba494628b356f47e921480c2',145,0);
INSERT INTO "metrics" VALUES('val_loss',1.72748890991210934942e+00,1796613557882,'89c1791eba494628b356f47e921480c2',145,0);
INSERT INTO "metrics" VALUES('round_seconds',8.48715374399762367829e+00,1796613566384,'89c1791eba494628b356f47e921480c2',146,0);
INSERT INTO "metrics" VALUES('train_loss',1.74303107328116879681e-01,1796613566384,'89c1791eba494628b356f47e921480c2',146,0);
INSERT INTO "metrics" VALUES('val_acc',0.463,1796613566384,'89c1791eba494628b356f47e921480c2',146,0);
INSERT INTO "metrics" VALUES('val_loss',1.75666121215820303369e+00,1796613566384,'89c1791eba494628b356f47e921480c2',146,0);
INSERT INTO "metrics" VALUES('round_seconds',8.45848188600211869925e+00,1796613574856,'89c1791eba494628b356f47e921480c2',147,0);
INSERT INTO "metrics" VALUES('train_loss',1.68647921559065605556e-01,1796613574856,'89c1791eba494628b356f47e921480c2',147,0);
INSERT INTO "metrics" VALUES('val_acc',0.4572,1796613574856,'89c1791eba494628b356f47e921480c2',147,0);
INSERT INTO "metrics" VALUES('val_loss',1.77431480712890632389e+00,1796613574856,'89c1791eba494628b356f47e921480c2',147,0);
INSERT INTO "metrics" VALUES('round_seconds',8.28552116400169325061e+00,1796613583155,'89c1791eba494628b356f47e921480c2',148,0);
INSERT INTO "metrics" VALUES('train_loss',1.74187242151796789491e-01,1796613583155,'89c1791eba494628b356f47e921480c2',148,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796613583155,'89c1791eba494628b356f47e921480c2',148,0);
INSERT INTO "metrics" VALUES('val_loss',1.75792335205078131821e+00,1796613583155,'89c1791eba494628b356f47e921480c2',148,0);
INSERT INTO "metrics" VALUES('round_seconds',8.66657448699697852134e+00,1796613591835,'89c1791eba494628b356f47e921480c2',149,0);
INSERT INTO "metrics" VALUES('train_loss',1.7490035571604967135e-01,1796613591835,'89c1791eba494628b356f47e921480c2',149,0);
INSERT INTO "metrics" VALUES('val_acc',0.4544,1796613591835,'89c1791eba494628b356f47e921480c2',149,0);
INSERT INTO "metrics" VALUES('val_loss',1.77857616882324220952e+00,1796613591835,'89c1791eba494628b356f47e921480c2',149,0);
INSERT INTO "metrics" VALUES('round_seconds',9.06107240599885699339e+00,1796613600910,'89c1791eba494628b356f47e921480c2',150,0);
INSERT INTO "metrics" VALUES('test_acc',0.4769,1796613600910,'89c1791eba494628b356f47e921480c2',150,0);
INSERT INTO "metrics" VALUES('test_loss',1.7894713958740233739e+00,1796613600910,'89c1791eba494628b356f47e921480c2',150,0);
INSERT INTO "metrics" VALUES('train_loss',1.70821900916993618668e-01,1796613600910,'89c1791eba494628b356f47e921480c2',150,0);
INSERT INTO "metrics" VALUES('val_acc',0.4672,1796613600910,'89c1791eba494628b356f47e921480c2',150,0);
INSERT INTO "metrics" VALUES('val_loss',1.74748889770507820351e+00,1796613600910,'89c1791eba494628b356f47e921480c2',150,0);
INSERT INTO "metrics" VALUES('round_seconds',9.08491437799966661259e+00,1796613610016,'89c1791eba494628b356f47e921480c2',151,0);
INSERT INTO "metrics" VALUES('train_loss',1.66182835748791696284e-01,1796613610016,'89c1791eba494628b356f47e921480c2',151,0);
INSERT INTO "metrics" VALUES('val_acc',0.4626,1796613610016,'89c1791eba494628b356f47e921480c2',151,0);
INSERT INTO "metrics" VALUES('val_loss',1.7872111145019531353e+00,1796613610016,'89c1791eba494628b356f47e921480c2',151,0);
INSERT INTO "metrics" VALUES('round_seconds',9.09169915799793670885e+00,1796613619122,'89c1791eba494628b356f47e921480c2',152,0);
INSERT INTO "metrics" VALUES('train_loss',1.65443958762437087761e-01,1796613619122,'89c1791eba494628b356f47e921480c2',152,0);
INSERT INTO "metrics" VALUES('val_acc',0.467,1796613619122,'89c1791eba494628b356f47e921480c2',152,0);
INSERT INTO "metrics" VALUES('val_loss',1.76940372314453120416e+00,1796613619122,'89c1791eba494628b356f47e921480c2',152,0);
INSERT INTO "metrics" VALUES('round_seconds',9.37914695800282,1796613628516,'89c1791eba494628b356f47e921480c2',153,0);
INSERT INTO "metrics" VALUES('train_loss',1.71779506260156644703e-01,1796613628516,'89c1791eba494628b356f47e921480c2',153,0);
INSERT INTO "metrics" VALUES('val_acc',0.4656,1796613628516,'89c1791eba494628b356f47e921480c2',153,0);
INSERT INTO "metrics" VALUES('val_loss',1.7737441894531249531e+00,1796613628516,'89c1791eba494628b356f47e921480c2',153,0);
INSERT INTO "metrics" VALUES('round_seconds',9.36542870199991739355e+00,1796613637895,'89c1791eba494628b356f47e921480c2',154,0);
INSERT INTO "metrics" VALUES('train_loss',1.66243394166007613099e-01,1796613637895,'89c1791eba494628b356f47e921480c2',154,0);
INSERT INTO "metrics" VALUES('val_acc',0.4718,1796613637895,'89c1791eba494628b356f47e921480c2',154,0);
INSERT INTO "metrics" VALUES('val_loss',1.76593516235351555287e+00,1796613637895,'89c1791eba494628b356f47e921480c2',154,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02851060659995710013e+01,1796613648196,'89c1791eba494628b356f47e921480c2',155,0);
INSERT INTO "metrics" VALUES('test_acc',0.4711,1796613648196,'89c1791eba494628b356f47e921480c2',155,0);
INSERT INTO "metrics" VALUES('test_loss',1.75875911102294923971e+00,1796613648196,'89c1791eba494628b356f47e921480c2',155,0);
INSERT INTO "metrics" VALUES('train_loss',1.78773627998232848002e-01,1796613648196,'89c1791eba494628b356f47e921480c2',155,0);
INSERT INTO "metrics" VALUES('val_acc',0.4616,1796613648196,'89c1791eba494628b356f47e921480c2',155,0);
INSERT INTO "metrics" VALUES('val_loss',1.73824035644531260658e+00,1796613648196,'89c1791eba494628b356f47e921480c2',155,0);
INSERT INTO "metrics" VALUES('round_seconds',9.27166439400025410577e+00,1796613657483,'89c1791eba494628b356f47e921480c2',156,0);
INSERT INTO "metrics" VALUES('train_loss',1.662904210650920922e-01,1796613657483,'89c1791eba494628b356f47e921480c2',156,0);
INSERT INTO "metrics" VALUES('val_acc',0.4662,1796613657483,'89c1791eba494628b356f47e921480c2',156,0);
INSERT INTO "metrics" VALUES('val_loss',1.76555610351562508597e+00,1796613657483,'89c1791eba494628b356f47e921480c2',156,0);
INSERT INTO "metrics" VALUES('round_seconds',9.12619846799862,1796613666623,'89c1791eba494628b356f47e921480c2',157,0);
INSERT INTO "metrics" VALUES('train_loss',1.74076242512576251364e-01,1796613666623,'89c1791eba494628b356f47e921480c2',157,0);
INSERT INTO "metrics" VALUES('val_acc',0.4644,1796613666623,'89c1791eba494628b356f47e921480c2',157,0);
INSERT INTO "metrics" VALUES('val_loss',1.72479324951171864022e+00,1796613666623,'89c1791eba494628b356f47e921480c2',157,0);
INSERT INTO "metrics" VALUES('round_seconds',9.00400496599832,1796613675642,'89c1791eba494628b356f47e921480c2',158,0);
INSERT INTO "metrics" VALUES('train_loss',0.164347904073298,1796613675642,'89c1791eba494628b356f47e921480c2',158,0);
INSERT INTO "metrics" VALUES('val_acc',0.4726,1796613675642,'89c1791eba494628b356f47e921480c2',158,0);
INSERT INTO "metrics" VALUES('val_loss',1.70379774169921871518e+00,1796613675642,'89c1791eba494628b356f47e921480c2',158,0);
INSERT INTO "metrics" VALUES('round_seconds',9.59702422199916327372e+00,1796613685253,'89c1791eba494628b356f47e921480c2',159,0);
INSERT INTO "metrics" VALUES('train_loss',1.68188510880023234239e-01,1796613685253,'89c1791eba494628b356f47e921480c2',159,0);
INSERT INTO "metrics" VALUES('val_acc',0.4642,1796613685253,'89c1791eba494628b356f47e921480c2',159,0);
INSERT INTO "metrics" VALUES('val_loss',1.794535546875,1796613685253,'89c1791eba494628b356f47e921480c2',159,0);
INSERT INTO "metrics" VALUES('round_seconds',9.8275520839997625444e+00,1796613695095,'89c1791eba494628b356f47e921480c2',160,0);
INSERT INTO "metrics" VALUES('test_acc',0.4856,1796613695095,'89c1791eba494628b356f47e921480c2',160,0);
INSERT INTO "metrics" VALUES('test_loss',1.75284690856933589309e+00,1796613695095,'89c1791eba494628b356f47e921480c2',160,0);
INSERT INTO "metrics" VALUES('train_loss',1.6443085048615932453e-01,1796613695095,'89c1791eba494628b356f47e921480c2',160,0);
INSERT INTO "metrics" VALUES('val_acc',0.479,1796613695095,'89c1791eba494628b356f47e921480c2',160,0);
INSERT INTO "metrics" VALUES('val_loss',1.70496082763671874538e+00,1796613695095,'89c1791eba494628b356f47e921480c2',160,0);
INSERT INTO "metrics" VALUES('round_seconds',9.36178466199999093078e+00,1796613704473,'89c1791eba494628b356f47e921480c2',161,0);
INSERT INTO "metrics" VALUES('train_loss',1.67574784023910766661e-01,1796613704473,'89c1791eba494628b356f47e921480c2',161,0);
INSERT INTO "metrics" VALUES('val_acc',0.472,1796613704473,'89c1791eba494628b356f47e921480c2',161,0);
INSERT INTO "metrics" VALUES('val_loss',1.72749741210937490798e+00,1796613704473,'89c1791eba494628b356f47e921480c2',161,0);
INSERT INTO "metrics" VALUES('round_seconds',9.35951384600048186257e+00,1796613713847,'89c1791eba494628b356f47e921480c2',162,0);
INSERT INTO "metrics" VALUES('train_loss',0.162591609159261,1796613713847,'89c1791eba494628b356f47e921480c2',162,0);
INSERT INTO "metrics" VALUES('val_acc',0.4788,1796613713847,'89c1791eba494628b356f47e921480c2',162,0);
INSERT INTO "metrics" VALUES('val_loss',1.73082661743164067935e+00,1796613713847,'89c1791eba494628b356f47e921480c2',162,0);
INSERT INTO "metrics" VALUES('round_seconds',8.77405705599812790751e+00,1796613722635,'89c1791eba494628b356f47e921480c2',163,0);
INSERT INTO "metrics" VALUES('train_loss',1.62579703312814211058e-01,1796613722635,'89c1791eba494628b356f47e921480c2',163,0);
INSERT INTO "metrics" VALUES('val_acc',0.4802,1796613722635,'89c1791eba494628b356f47e921480c2',163,0);
INSERT INTO "metrics" VALUES('val_loss',1.69781950073242193788e+00,1796613722635,'89c1791eba494628b356f47e921480c2',163,0);
INSERT INTO "metrics" VALUES('round_seconds',8.56058691500220447778e+00,1796613731209,'89c1791eba494628b356f47e921480c2',164,0);
INSERT INTO "metrics" VALUES('train_loss',1.58062348552048204108e-01,1796613731209,'89c1791eba494628b356f47e921480c2',164,0);
INSERT INTO "metrics" VALUES('val_acc',0.4812,1796613731209,'89c1791eba494628b356f47e921480c2',164,0);
INSERT INTO "metrics" VALUES('val_loss',1.68219323730468750532e+00,1796613731209,'89c1791eba494628b356f47e921480c2',164,0);
INSERT INTO "metrics" VALUES('round_seconds',9.17117637599949375726e+00,1796613740395,'89c1791eba494628b356f47e921480c2',165,0);
INSERT INTO "metrics" VALUES('test_acc',0.4766,1796613740395,'89c1791eba494628b356f47e921480c2',165,0);
INSERT INTO "metrics" VALUES('test_loss',1.75609399108886710116e+00,1796613740395,'89c1791eba494628b356f47e921480c2',165,0);
INSERT INTO "metrics" VALUES('train_loss',1.63519836930930584362e-01,1796613740395,'89c1791eba494628b356f47e921480c2',165,0);
INSERT INTO "metrics" VALUES('val_acc',0.4758,1796613740395,'89c1791eba494628b356f47e921480c2',165,0);
INSERT INTO "metrics" VALUES('val_loss',1.73104405517578130435e+00,1796613740395,'89c1791eba494628b356f47e921480c2',165,0);
INSERT INTO "metrics" VALUES('round_seconds',8.70629366199864307418e+00,1796613749115,'89c1791eba494628b356f47e921480c2',166,0);
INSERT INTO "metrics" VALUES('train_loss',1.64590773333311068959e-01,1796613749115,'89c1791eba494628b356f47e921480c2',166,0);
INSERT INTO "metrics" VALUES('val_acc',0.4718,1796613749115,'89c1791eba494628b356f47e921480c2',166,0);
INSERT INTO "metrics" VALUES('val_loss',1.75994894409179680749e+00,1796613749115,'89c1791eba494628b356f47e921480c2',166,0);
INSERT INTO "metrics" VALUES('round_seconds',8.53685219600083655677e+00,1796613757668,'89c1791eba494628b356f47e921480c2',167,0);
INSERT INTO "metrics" VALUES('train_loss',1.65232186958044757751e-01,1796613757668,'89c1791eba494628b356f47e921480c2',167,0);
INSERT INTO "metrics" VALUES('val_acc',0.4544,1796613757668,'89c1791eba494628b356f47e921480c2',167,0);
INSERT INTO "metrics" VALUES('val_loss',1.82258982543945302623e+00,1796613757668,'89c1791eba494628b356f47e921480c2',167,0);
INSERT INTO "metrics" VALUES('round_seconds',8.60023036600250634364e+00,1796613766282,'89c1791eba494628b356f47e921480c2',168,0);
INSERT INTO "metrics" VALUES('train_loss',1.58209650267958634728e-01,1796613766282,'89c1791eba494628b356f47e921480c2',168,0);
INSERT INTO "metrics" VALUES('val_acc',0.4714,1796613766282,'89c1791eba494628b356f47e921480c2',168,0);
INSERT INTO "metrics" VALUES('val_loss',1.79221228027343748578e+00,1796613766282,'89c1791eba494628b356f47e921480c2',168,0);
INSERT INTO "metrics" VALUES('round_seconds',8.71751428499919711612e+00,1796613775013,'89c1791eba494628b356f47e921480c2',169,0);
INSERT INTO "metrics" VALUES('train_loss',1.57981996283717479601e-01,1796613775013,'89c1791eba494628b356f47e921480c2',169,0);
INSERT INTO "metrics" VALUES('val_acc',0.4574,1796613775013,'89c1791eba494628b356f47e921480c2',169,0);
INSERT INTO "metrics" VALUES('val_loss',1.8450482971191406456e+00,1796613775013,'89c1791eba494628b356f47e921480c2',169,0);
INSERT INTO "metrics" VALUES('round_seconds',9.30444729200098663568e+00,1796613784331,'89c1791eba494628b356f47e921480c2',170,0);
INSERT INTO "metrics" VALUES('test_acc',0.4697,1796613784331,'89c1791eba494628b356f47e921480c2',170,0);
INSERT INTO "metrics" VALUES('test_loss',1.87737698669433594744e+00,1796613784331,'89c1791eba494628b356f47e921480c2',170,0);
INSERT INTO "metrics" VALUES('train_loss',1.68397587938010712127e-01,1796613784331,'89c1791eba494628b356f47e921480c2',170,0);
INSERT INTO "metrics" VALUES('val_acc',0.4646,1796613784331,'89c1791eba494628b356f47e921480c2',170,0);
INSERT INTO "metrics" VALUES('val_loss',1.83382872314453115869e+00,1796613784331,'89c1791eba494628b356f47e921480c2',170,0);
INSERT INTO "metrics" VALUES('round_seconds',8.56705135999800404533e+00,1796613792916,'89c1791eba494628b356f47e921480c2',171,0);
INSERT INTO "metrics" VALUES('train_loss',1.62831887439787409421e-01,1796613792916,'89c1791eba494628b356f47e921480c2',171,0);
INSERT INTO "metrics" VALUES('val_acc',0.4592,1796613792916,'89c1791eba494628b356f47e921480c2',171,0);
INSERT INTO "metrics" VALUES('val_loss',1.82719420776367180714e+00,1796613792916,'89c1791eba494628b356f47e921480c2',171,0);
INSERT INTO "metrics" VALUES('round_seconds',9.44892738099952111952e+00,1796613796732,'8bee24d7f9ee434790c55348e7dfb2bf',1,0);
INSERT INTO "metrics" VALUES('server.c_norm',1.19840699039226269984e-01,1796613796732,'8bee24d7f9ee434790c55348e7dfb2bf',1,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.575088357000008,1796613796732,'8bee24d7f9ee434790c55348e7dfb2bf',1,0);
INSERT INTO "metrics" VALUES('train_loss',9.78519235630035510986e-01,1796613796732,'8bee24d7f9ee434790c55348e7dfb2bf',1,0);
INSERT INTO "metrics" VALUES('val_acc',0.1,1796613796732,'8bee24d7f9ee434790c55348e7dfb2bf',1,0);
INSERT INTO "metrics" VALUES('val_loss',2.32680968017578138073e+00,1796613796732,'8bee24d7f9ee434790c55348e7dfb2bf',1,0);
INSERT INTO "metrics" VALUES('round_seconds',9.02864945799956331029e+00,1796613801959,'89c1791eba494628b356f47e921480c2',172,0);
INSERT INTO "metrics" VALUES('train_loss',1.57233504393100742557e-01,1796613801959,'89c1791eba494628b356f47e921480c2',172,0);
INSERT INTO "metrics" VALUES('val_acc',0.457,1796613801959,'89c1791eba494628b356f47e921480c2',172,0);
INSERT INTO "metrics" VALUES('val_loss',1.90680672607421874964e+00,1796613801959,'89c1791eba494628b356f47e921480c2',172,0);
INSERT INTO "metrics" VALUES('round_seconds',8.47055475500019383616e+00,1796613805223,'8bee24d7f9ee434790c55348e7dfb2bf',2,0);
INSERT INTO "metrics" VALUES('server.c_norm',1.30682275869181130367e-01,1796613805223,'8bee24d7f9ee434790c55348e7dfb2bf',2,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.49070105350740922389e-01,1796613805223,'8bee24d7f9ee434790c55348e7dfb2bf',2,0);
INSERT INTO "metrics" VALUES('train_loss',8.35823897686004624318e-01,1796613805223,'8bee24d7f9ee434790c55348e7dfb2bf',2,0);
INSERT INTO "metrics" VALUES('val_acc',0.1,1796613805223,'8bee24d7f9ee434790c55348e7dfb2bf',2,0);
INSERT INTO "metrics" VALUES('val_loss',2.79113081054687484083e+00,1796613805223,'8bee24d7f9ee434790c55348e7dfb2bf',2,0);
INSERT INTO "metrics" VALUES('round_seconds',8.62471921699761878699e+00,1796613810597,'89c1791eba494628b356f47e921480c2',173,0);
INSERT INTO "metrics" VALUES('train_loss',1.70433327570706644182e-01,1796613810597,'89c1791eba494628b356f47e921480c2',173,0);
INSERT INTO "metrics" VALUES('val_acc',0.458,1796613810597,'89c1791eba494628b356f47e921480c2',173,0);
INSERT INTO "metrics" VALUES('val_loss',1.83854432373046883242e+00,1796613810597,'89c1791eba494628b356f47e921480c2',173,0);
INSERT INTO "metrics" VALUES('round_seconds',8.1069429449999,1796613813347,'8bee24d7f9ee434790c55348e7dfb2bf',3,0);
INSERT INTO "metrics" VALUES('server.c_norm',1.24739359717279257866e-01,1796613813347,'8bee24d7f9ee434790c55348e7dfb2bf',3,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.768050502436409,1796613813347,'8bee24d7f9ee434790c55348e7dfb2bf',3,0);
INSERT INTO "metrics" VALUES('train_loss',7.428681938266754603e-01,1796613813347,'8bee24d7f9ee434790c55348e7dfb2bf',3,0);
INSERT INTO "metrics" VALUES('val_acc',0.1,1796613813347,'8bee24d7f9ee434790c55348e7dfb2bf',3,0);
INSERT INTO "metrics" VALUES('val_loss',3.15490193176269517749e+00,1796613813347,'8bee24d7f9ee434790c55348e7dfb2bf',3,0);
INSERT INTO "metrics" VALUES('round_seconds',8.74691507099851150996e+00,1796613819358,'89c1791eba494628b356f47e921480c2',174,0);
INSERT INTO "metrics" VALUES('train_loss',1.51491345678567868038e-01,1796613819358,'89c1791eba494628b356f47e921480c2',174,0);
INSERT INTO "metrics" VALUES('val_acc',0.4728,1796613819358,'89c1791eba494628b356f47e921480c2',174,0);
INSERT INTO "metrics" VALUES('val_loss',1.81500183715820306851e+00,1796613819358,'89c1791eba494628b356f47e921480c2',174,0);
INSERT INTO "metrics" VALUES('round_seconds',7.85043749499891418963e+00,1796613821210,'8bee24d7f9ee434790c55348e7dfb2bf',4,0);
INSERT INTO "metrics" VALUES('server.c_norm',1.03247883201044554635e-01,1796613821210,'8bee24d7f9ee434790c55348e7dfb2bf',4,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.9787056140372814017e-01,1796613821210,'8bee24d7f9ee434790c55348e7dfb2bf',4,0);
INSERT INTO "metrics" VALUES('train_loss',7.22786965954303695092e-01,1796613821210,'8bee24d7f9ee434790c55348e7dfb2bf',4,0);
INSERT INTO "metrics" VALUES('val_acc',0.1858,1796613821210,'8bee24d7f9ee434790c55348e7dfb2bf',4,0);
INSERT INTO "metrics" VALUES('val_loss',2.35311530761718756821e+00,1796613821210,'8bee24d7f9ee434790c55348e7dfb2bf',4,0);
INSERT INTO "metrics" VALUES('round_seconds',9.19789669499732553958e+00,1796613828569,'89c1791eba494628b356f47e921480c2',175,0);
INSERT INTO "metrics" VALUES('test_acc',0.469,1796613828569,'89c1791eba494628b356f47e921480c2',175,0);
INSERT INTO "metrics" VALUES('test_loss',1.8296802520751953569e+00,1796613828569,'89c1791eba494628b356f47e921480c2',175,0);
INSERT INTO "metrics" VALUES('train_loss',1.67086772945970268855e-01,1796613828569,'89c1791eba494628b356f47e921480c2',175,0);
INSERT INTO "metrics" VALUES('val_acc',0.4588,1796613828569,'89c1791eba494628b356f47e921480c2',175,0);
INSERT INTO "metrics" VALUES('val_loss',1.80800864257812499147e+00,1796613828569,'89c1791eba494628b356f47e921480c2',175,0);
INSERT INTO "metrics" VALUES('round_seconds',8.40465396700165,1796613829628,'8bee24d7f9ee434790c55348e7dfb2bf',5,0);
INSERT INTO "metrics" VALUES('server.c_norm',9.77954923420328164906e-02,1796613829628,'8bee24d7f9ee434790c55348e7dfb2bf',5,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.717349520565445,1796613829628,'8bee24d7f9ee434790c55348e7dfb2bf',5,0);
INSERT INTO "metrics" VALUES('test_acc',0.2087,1796613829628,'8bee24d7f9ee434790c55348e7dfb2bf',5,0);
INSERT INTO "metrics" VALUES('test_loss',2.30344679565429677481e+00,1796613829628,'8bee24d7f9ee434790c55348e7dfb2bf',5,0);
INSERT INTO "metrics" VALUES('train_loss',6.63403978133201510658e-01,1796613829628,'8bee24d7f9ee434790c55348e7dfb2bf',5,0);
INSERT INTO "metrics" VALUES('val_acc',0.2096,1796613829628,'8bee24d7f9ee434790c55348e7dfb2bf',5,0);
INSERT INTO "metrics" VALUES('val_loss',2.30233074951171889921e+00,1796613829628,'8bee24d7f9ee434790c55348e7dfb2bf',5,0);
INSERT INTO "metrics" VALUES('round_seconds',8.8275037749990588054e+00,1796613837411,'89c1791eba494628b356f47e921480c2',176,0);
INSERT INTO "metrics" VALUES('train_loss',1.63462263332009305472e-01,1796613837411,'89c1791eba494628b356f47e921480c2',176,0);
INSERT INTO "metrics" VALUES('val_acc',0.4712,1796613837411,'89c1791eba494628b356f47e921480c2',176,0);
INSERT INTO "metrics" VALUES('val_loss',1.8101295654296873927e+00,1796613837411,'89c1791eba494628b356f47e921480c2',176,0);
INSERT INTO "metrics" VALUES('round_seconds',7.96178602500003762543e+00,1796613837606,'8bee24d7f9ee434790c55348e7dfb2bf',6,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.20077391181077697268e-02,1796613837606,'8bee24d7f9ee434790c55348e7dfb2bf',6,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.28143039925187474104e-01,1796613837606,'8bee24d7f9ee434790c55348e7dfb2bf',6,0);
INSERT INTO "metrics" VALUES('train_loss',6.5225048062682156047e-01,1796613837606,'8bee24d7f9ee434790c55348e7dfb2bf',6,0);
INSERT INTO "metrics" VALUES('val_acc',0.2236,1796613837606,'8bee24d7f9ee434790c55348e7dfb2bf',6,0);
INSERT INTO "metrics" VALUES('val_loss',2.24655352783203143829e+00,1796613837606,'8bee24d7f9ee434790c55348e7dfb2bf',6,0);
INSERT INTO "metrics" VALUES('round_seconds',8.33318427500125835649e+00,1796613845956,'8bee24d7f9ee434790c55348e7dfb2bf',7,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.85932911063590650124e-02,1796613845956,'8bee24d7f9ee434790c55348e7dfb2bf',7,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.746616080209727,1796613845956,'8bee24d7f9ee434790c55348e7dfb2bf',7,0);
INSERT INTO "metrics" VALUES('train_loss',0.650800265724659,1796613845956,'8bee24d7f9ee434790c55348e7dfb2bf',7,0);
INSERT INTO "metrics" VALUES('val_acc',0.23,1796613845956,'8bee24d7f9ee434790c55348e7dfb2bf',7,0);
INSERT INTO "metrics" VALUES('val_loss',2.28807913818359365265e+00,1796613845956,'8bee24d7f9ee434790c55348e7dfb2bf',7,0);
INSERT INTO "metrics" VALUES('round_seconds',8.78161780099981115199e+00,1796613846208,'89c1791eba494628b356f47e921480c2',177,0);
INSERT INTO "metrics" VALUES('train_loss',1.60682579900249838944e-01,1796613846208,'89c1791eba494628b356f47e921480c2',177,0);
INSERT INTO "metrics" VALUES('val_acc',0.4592,1796613846208,'89c1791eba494628b356f47e921480c2',177,0);
INSERT INTO "metrics" VALUES('val_loss',1.80578271484375,1796613846208,'89c1791eba494628b356f47e921480c2',177,0);
INSERT INTO "metrics" VALUES('round_seconds',8.28847171899906243197e+00,1796613854258,'8bee24d7f9ee434790c55348e7dfb2bf',8,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.96353389347683271459e-02,1796613854258,'8bee24d7f9ee434790c55348e7dfb2bf',8,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.67049710317503574685e-01,1796613854258,'8bee24d7f9ee434790c55348e7dfb2bf',8,0);
INSERT INTO "metrics" VALUES('train_loss',6.3878011526167388645e-01,1796613854258,'8bee24d7f9ee434790c55348e7dfb2bf',8,0);
INSERT INTO "metrics" VALUES('val_acc',0.2432,1796613854258,'8bee24d7f9ee434790c55348e7dfb2bf',8,0);
INSERT INTO "metrics" VALUES('val_loss',2.26203409423828105673e+00,1796613854258,'8bee24d7f9ee434790c55348e7dfb2bf',8,0);
INSERT INTO "metrics" VALUES('round_seconds',8.91758004399889614433e+00,1796613855140,'89c1791eba494628b356f47e921480c2',178,0);
INSERT INTO "metrics" VALUES('train_loss',0.152091467743963,1796613855140,'89c1791eba494628b356f47e921480c2',178,0);
INSERT INTO "metrics" VALUES('val_acc',0.4732,1796613855140,'89c1791eba494628b356f47e921480c2',178,0);
INSERT INTO "metrics" VALUES('val_loss',1.83290067138671886048e+00,1796613855140,'89c1791eba494628b356f47e921480c2',178,0);
INSERT INTO "metrics" VALUES('round_seconds',8.23112842199771,1796613862502,'8bee24d7f9ee434790c55348e7dfb2bf',9,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.2843708005151769913e-02,1796613862502,'8bee24d7f9ee434790c55348e7dfb2bf',9,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.25454387415147783357e-01,1796613862502,'8bee24d7f9ee434790c55348e7dfb2bf',9,0);
INSERT INTO "metrics" VALUES('train_loss',6.19816448342800141446e-01,1796613862502,'8bee24d7f9ee434790c55348e7dfb2bf',9,0);
INSERT INTO "metrics" VALUES('val_acc',0.2638,1796613862502,'8bee24d7f9ee434790c55348e7dfb2bf',9,0);
INSERT INTO "metrics" VALUES('val_loss',2.16451254882812493818e+00,1796613862502,'8bee24d7f9ee434790c55348e7dfb2bf',9,0);
INSERT INTO "metrics" VALUES('round_seconds',8.68503927599886,1796613863839,'89c1791eba494628b356f47e921480c2',179,0);
INSERT INTO "metrics" VALUES('train_loss',1.64002363643273696425e-01,1796613863839,'89c1791eba494628b356f47e921480c2',179,0);
INSERT INTO "metrics" VALUES('val_acc',0.458,1796613863839,'89c1791eba494628b356f47e921480c2',179,0);
INSERT INTO "metrics" VALUES('val_loss',1.82798882446289057135e+00,1796613863839,'89c1791eba494628b356f47e921480c2',179,0);
INSERT INTO "metrics" VALUES('round_seconds',9.14314567999827,1796613871661,'8bee24d7f9ee434790c55348e7dfb2bf',10,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.27180902681430624268e-02,1796613871661,'8bee24d7f9ee434790c55348e7dfb2bf',10,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.94817997018118305163e-01,1796613871661,'8bee24d7f9ee434790c55348e7dfb2bf',10,0);
INSERT INTO "metrics" VALUES('test_acc',0.2443,1796613871661,'8bee24d7f9ee434790c55348e7dfb2bf',10,0);
INSERT INTO "metrics" VALUES('test_loss',2.2913483764648439056e+00,1796613871661,'8bee24d7f9ee434790c55348e7dfb2bf',10,0);
INSERT INTO "metrics" VALUES('train_loss',6.14350886058807499345e-01,1796613871661,'8bee24d7f9ee434790c55348e7dfb2bf',10,0);
INSERT INTO "metrics" VALUES('val_acc',0.2466,1796613871661,'8bee24d7f9ee434790c55348e7dfb2bf',10,0);
INSERT INTO "metrics" VALUES('val_loss',2.29468311157226567686e+00,1796613871661,'8bee24d7f9ee434790c55348e7dfb2bf',10,0);
INSERT INTO "metrics" VALUES('round_seconds',9.29083074300069711171e+00,1796613873144,'89c1791eba494628b356f47e921480c2',180,0);
INSERT INTO "metrics" VALUES('test_acc',0.4722,1796613873144,'89c1791eba494628b356f47e921480c2',180,0);
INSERT INTO "metrics" VALUES('test_loss',1.86588217468261707843e+00,1796613873144,'89c1791eba494628b356f47e921480c2',180,0);
INSERT INTO "metrics" VALUES('train_loss',1.51660413023829487855e-01,1796613873144,'89c1791eba494628b356f47e921480c2',180,0);
INSERT INTO "metrics" VALUES('val_acc',0.4652,1796613873144,'89c1791eba494628b356f47e921480c2',180,0);
INSERT INTO "metrics" VALUES('val_loss',1.83324874267578130648e+00,1796613873144,'89c1791eba494628b356f47e921480c2',180,0);
INSERT INTO "metrics" VALUES('round_seconds',8.21134133200030191801e+00,1796613879886,'8bee24d7f9ee434790c55348e7dfb2bf',11,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.1775475948843370233e-02,1796613879886,'8bee24d7f9ee434790c55348e7dfb2bf',11,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.17045300327462831191e-01,1796613879886,'8bee24d7f9ee434790c55348e7dfb2bf',11,0);
INSERT INTO "metrics" VALUES('train_loss',6.17020779147148146215e-01,1796613879886,'8bee24d7f9ee434790c55348e7dfb2bf',11,0);
INSERT INTO "metrics" VALUES('val_acc',0.2666,1796613879886,'8bee24d7f9ee434790c55348e7dfb2bf',11,0);
INSERT INTO "metrics" VALUES('val_loss',2.19392508544921893687e+00,1796613879886,'8bee24d7f9ee434790c55348e7dfb2bf',11,0);
INSERT INTO "metrics" VALUES('round_seconds',8.77531256099973688833e+00,1796613881934,'89c1791eba494628b356f47e921480c2',181,0);
INSERT INTO "metrics" VALUES('train_loss',1.67010004729032546233e-01,1796613881934,'89c1791eba494628b356f47e921480c2',181,0);
INSERT INTO "metrics" VALUES('val_acc',0.469,1796613881934,'89c1791eba494628b356f47e921480c2',181,0);
INSERT INTO "metrics" VALUES('val_loss',1.80095034179687507602e+00,1796613881934,'89c1791eba494628b356f47e921480c2',181,0);
INSERT INTO "metrics" VALUES('round_seconds',8.27401420800015330314e+00,1796613888174,'8bee24d7f9ee434790c55348e7dfb2bf',12,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0721477542468694,1796613888174,'8bee24d7f9ee434790c55348e7dfb2bf',12,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.13262854177240890329e-01,1796613888174,'8bee24d7f9ee434790c55348e7dfb2bf',12,0);
INSERT INTO "metrics" VALUES('train_loss',6.0299066570699211276e-01,1796613888174,'8bee24d7f9ee434790c55348e7dfb2bf',12,0);
INSERT INTO "metrics" VALUES('val_acc',0.2556,1796613888174,'8bee24d7f9ee434790c55348e7dfb2bf',12,0);
INSERT INTO "metrics" VALUES('val_loss',2.27741746826171853612e+00,1796613888174,'8bee24d7f9ee434790c55348e7dfb2bf',12,0);
INSERT INTO "metrics" VALUES('round_seconds',9.39180052899973816238e+00,1796613891340,'89c1791eba494628b356f47e921480c2',182,0);
INSERT INTO "metrics" VALUES('train_loss',1.5901230743706226689e-01,1796613891340,'89c1791eba494628b356f47e921480c2',182,0);
INSERT INTO "metrics" VALUES('val_acc',0.4782,1796613891340,'89c1791eba494628b356f47e921480c2',182,0);
INSERT INTO "metrics" VALUES('val_loss',1.76215921020507804151e+00,1796613891340,'89c1791eba494628b356f47e921480c2',182,0);
INSERT INTO "metrics" VALUES('round_seconds',8.37979364900093,1796613896571,'8bee24d7f9ee434790c55348e7dfb2bf',13,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.083262135213162,1796613896571,'8bee24d7f9ee434790c55348e7dfb2bf',13,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.22269067876908144043e-01,1796613896571,'8bee24d7f9ee434790c55348e7dfb2bf',13,0);
INSERT INTO "metrics" VALUES('train_loss',5.96212731645107241185e-01,1796613896571,'8bee24d7f9ee434790c55348e7dfb2bf',13,0);
INSERT INTO "metrics" VALUES('val_acc',0.2754,1796613896571,'8bee24d7f9ee434790c55348e7dfb2bf',13,0);
INSERT INTO "metrics" VALUES('val_loss',2.20511928710937521458e+00,1796613896571,'8bee24d7f9ee434790c55348e7dfb2bf',13,0);
INSERT INTO "metrics" VALUES('round_seconds',9.08982283099976484663e+00,1796613900444,'89c1791eba494628b356f47e921480c2',183,0);
INSERT INTO "metrics" VALUES('train_loss',1.48975783437192477176e-01,1796613900444,'89c1791eba494628b356f47e921480c2',183,0);
INSERT INTO "metrics" VALUES('val_acc',0.474,1796613900444,'89c1791eba494628b356f47e921480c2',183,0);
INSERT INTO "metrics" VALUES('val_loss',1.77517716064453123792e+00,1796613900444,'89c1791eba494628b356f47e921480c2',183,0);
INSERT INTO "metrics" VALUES('round_seconds',8.34205556699817,1796613904928,'8bee24d7f9ee434790c55348e7dfb2bf',14,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.77163463205205462536e-02,1796613904928,'8bee24d7f9ee434790c55348e7dfb2bf',14,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.22466179807571107218e-01,1796613904928,'8bee24d7f9ee434790c55348e7dfb2bf',14,0);
INSERT INTO "metrics" VALUES('train_loss',5.91660175521373732365e-01,1796613904928,'8bee24d7f9ee434790c55348e7dfb2bf',14,0);
INSERT INTO "metrics" VALUES('val_acc',0.2638,1796613904928,'8bee24d7f9ee434790c55348e7dfb2bf',14,0);
INSERT INTO "metrics" VALUES('val_loss',2.23538704833984391839e+00,1796613904928,'8bee24d7f9ee434790c55348e7dfb2bf',14,0);
INSERT INTO "metrics" VALUES('round_seconds',8.78015861200037761591e+00,1796613909238,'89c1791eba494628b356f47e921480c2',184,0);
INSERT INTO "metrics" VALUES('train_loss',1.64860984042286856654e-01,1796613909238,'89c1791eba494628b356f47e921480c2',184,0);
INSERT INTO "metrics" VALUES('val_acc',0.4772,1796613909238,'89c1791eba494628b356f47e921480c2',184,0);
INSERT INTO "metrics" VALUES('val_loss',1.76116895141601559338e+00,1796613909238,'89c1791eba494628b356f47e921480c2',184,0);
INSERT INTO "metrics" VALUES('round_seconds',8.93455406700013554655e+00,1796613913877,'8bee24d7f9ee434790c55348e7dfb2bf',15,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.48660766484665757269e-02,1796613913877,'8bee24d7f9ee434790c55348e7dfb2bf',15,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.4844156816012286093e-01,1796613913877,'8bee24d7f9ee434790c55348e7dfb2bf',15,0);
INSERT INTO "metrics" VALUES('test_acc',0.2884,1796613913877,'8bee24d7f9ee434790c55348e7dfb2bf',15,0);
INSERT INTO "metrics" VALUES('test_loss',2.2433222717285157266e+00,1796613913877,'8bee24d7f9ee434790c55348e7dfb2bf',15,0);
INSERT INTO "metrics" VALUES('train_loss',5.78039487650394367967e-01,1796613913877,'8bee24d7f9ee434790c55348e7dfb2bf',15,0);
INSERT INTO "metrics" VALUES('val_acc',0.2816,1796613913877,'8bee24d7f9ee434790c55348e7dfb2bf',15,0);
INSERT INTO "metrics" VALUES('val_loss',2.27019163818359359652e+00,1796613913877,'8bee24d7f9ee434790c55348e7dfb2bf',15,0);
INSERT INTO "metrics" VALUES('round_seconds',1.00538257009975495748e+01,1796613919307,'89c1791eba494628b356f47e921480c2',185,0);
INSERT INTO "metrics" VALUES('test_acc',0.4731,1796613919307,'89c1791eba494628b356f47e921480c2',185,0);
INSERT INTO "metrics" VALUES('test_loss',1.8304942932128906996e+00,1796613919307,'89c1791eba494628b356f47e921480c2',185,0);
INSERT INTO "metrics" VALUES('train_loss',1.57032876965105538946e-01,1796613919307,'89c1791eba494628b356f47e921480c2',185,0);
INSERT INTO "metrics" VALUES('val_acc',0.461,1796613919307,'89c1791eba494628b356f47e921480c2',185,0);
INSERT INTO "metrics" VALUES('val_loss',1.82481983642578127202e+00,1796613919307,'89c1791eba494628b356f47e921480c2',185,0);
INSERT INTO "metrics" VALUES('round_seconds',8.95630013700065319426e+00,1796613922855,'8bee24d7f9ee434790c55348e7dfb2bf',16,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.19499704445721866008e-02,1796613922855,'8bee24d7f9ee434790c55348e7dfb2bf',16,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.36802055996582661023e-01,1796613922855,'8bee24d7f9ee434790c55348e7dfb2bf',16,0);
INSERT INTO "metrics" VALUES('train_loss',0.581355105586052,1796613922855,'8bee24d7f9ee434790c55348e7dfb2bf',16,0);
INSERT INTO "metrics" VALUES('val_acc',0.283,1796613922855,'8bee24d7f9ee434790c55348e7dfb2bf',16,0);
INSERT INTO "metrics" VALUES('val_loss',2.32825228271484396813e+00,1796613922855,'8bee24d7f9ee434790c55348e7dfb2bf',16,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02248911709975800479e+01,1796613929552,'89c1791eba494628b356f47e921480c2',186,0);
INSERT INTO "metrics" VALUES('train_loss',1.60283043131828312199e-01,1796613929552,'89c1791eba494628b356f47e921480c2',186,0);
INSERT INTO "metrics" VALUES('val_acc',0.4688,1796613929552,'89c1791eba494628b356f47e921480c2',186,0);
INSERT INTO "metrics" VALUES('val_loss',1.83282964477539067615e+00,1796613929552,'89c1791eba494628b356f47e921480c2',186,0);
INSERT INTO "metrics" VALUES('round_seconds',9.68665912300275522284e+00,1796613932559,'8bee24d7f9ee434790c55348e7dfb2bf',17,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0730091688877975,1796613932559,'8bee24d7f9ee434790c55348e7dfb2bf',17,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.732654220298335,1796613932559,'8bee24d7f9ee434790c55348e7dfb2bf',17,0);
INSERT INTO "metrics" VALUES('train_loss',5.92374218571186106352e-01,1796613932559,'8bee24d7f9ee434790c55348e7dfb2bf',17,0);
INSERT INTO "metrics" VALUES('val_acc',0.2842,1796613932559,'8bee24d7f9ee434790c55348e7dfb2bf',17,0);
INSERT INTO "metrics" VALUES('val_loss',2.25907757568359368605e+00,1796613932559,'8bee24d7f9ee434790c55348e7dfb2bf',17,0);
INSERT INTO "metrics" VALUES('round_seconds',1.13571707859991875009e+01,1796613940933,'89c1791eba494628b356f47e921480c2',187,0);
INSERT INTO "metrics" VALUES('train_loss',1.63919371801018731726e-01,1796613940933,'89c1791eba494628b356f47e921480c2',187,0);
INSERT INTO "metrics" VALUES('val_acc',0.468,1796613940933,'89c1791eba494628b356f47e921480c2',187,0);
INSERT INTO "metrics" VALUES('val_loss',1.81789945068359370949e+00,1796613940933,'89c1791eba494628b356f47e921480c2',187,0);
INSERT INTO "metrics" VALUES('round_seconds',1.12142238470005395356e+01,1796613943795,'8bee24d7f9ee434790c55348e7dfb2bf',18,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.11480782640364628477e-02,1796613943795,'8bee24d7f9ee434790c55348e7dfb2bf',18,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.1524344703384179489e-01,1796613943795,'8bee24d7f9ee434790c55348e7dfb2bf',18,0);
INSERT INTO "metrics" VALUES('train_loss',0.569045161778927,1796613943795,'8bee24d7f9ee434790c55348e7dfb2bf',18,0);
INSERT INTO "metrics" VALUES('val_acc',0.288,1796613943795,'8bee24d7f9ee434790c55348e7dfb2bf',18,0);
INSERT INTO "metrics" VALUES('val_loss',2.1812140991210937635e+00,1796613943795,'8bee24d7f9ee434790c55348e7dfb2bf',18,0);
INSERT INTO "metrics" VALUES('round_seconds',1.20517666140003711918e+01,1796613953007,'89c1791eba494628b356f47e921480c2',188,0);
INSERT INTO "metrics" VALUES('train_loss',1.51974363333806372633e-01,1796613953007,'89c1791eba494628b356f47e921480c2',188,0);
INSERT INTO "metrics" VALUES('val_acc',0.4738,1796613953007,'89c1791eba494628b356f47e921480c2',188,0);
INSERT INTO "metrics" VALUES('val_loss',1.82789844360351572127e+00,1796613953007,'89c1791eba494628b356f47e921480c2',188,0);
INSERT INTO "metrics" VALUES('round_seconds',1.11650641150008596009e+01,1796613954975,'8bee24d7f9ee434790c55348e7dfb2bf',19,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.98489938200404086865e-02,1796613954975,'8bee24d7f9ee434790c55348e7dfb2bf',19,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.43181344032659807474e-01,1796613954975,'8bee24d7f9ee434790c55348e7dfb2bf',19,0);
INSERT INTO "metrics" VALUES('train_loss',5.73351971030235385562e-01,1796613954975,'8bee24d7f9ee434790c55348e7dfb2bf',19,0);
INSERT INTO "metrics" VALUES('val_acc',0.2908,1796613954975,'8bee24d7f9ee434790c55348e7dfb2bf',19,0);
INSERT INTO "metrics" VALUES('val_loss',2.22949088134765638358e+00,1796613954975,'8bee24d7f9ee434790c55348e7dfb2bf',19,0);
INSERT INTO "metrics" VALUES('round_seconds',1.18777875500018126331e+01,1796613964906,'89c1791eba494628b356f47e921480c2',189,0);
INSERT INTO "metrics" VALUES('train_loss',1.46284457922875893443e-01,1796613964906,'89c1791eba494628b356f47e921480c2',189,0);
INSERT INTO "metrics" VALUES('val_acc',0.4772,1796613964906,'89c1791eba494628b356f47e921480c2',189,0);
INSERT INTO "metrics" VALUES('val_loss',1.79926685180664058805e+00,1796613964906,'89c1791eba494628b356f47e921480c2',189,0);
INSERT INTO "metrics" VALUES('round_seconds',1.20682439980009803548e+01,1796613967061,'8bee24d7f9ee434790c55348e7dfb2bf',20,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.70351900356265656411e-02,1796613967061,'8bee24d7f9ee434790c55348e7dfb2bf',20,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.59036769101877584198e-01,1796613967061,'8bee24d7f9ee434790c55348e7dfb2bf',20,0);
INSERT INTO "metrics" VALUES('test_acc',0.3078,1796613967061,'8bee24d7f9ee434790c55348e7dfb2bf',20,0);
INSERT INTO "metrics" VALUES('test_loss',2.10800458068847662573e+00,1796613967061,'8bee24d7f9ee434790c55348e7dfb2bf',20,0);
INSERT INTO "metrics" VALUES('train_loss',0.559755112605095,1796613967061,'8bee24d7f9ee434790c55348e7dfb2bf',20,0);
INSERT INTO "metrics" VALUES('val_acc',0.3014,1796613967061,'8bee24d7f9ee434790c55348e7dfb2bf',20,0);
INSERT INTO "metrics" VALUES('val_loss',2.13488047485351550847e+00,1796613967061,'8bee24d7f9ee434790c55348e7dfb2bf',20,0);
INSERT INTO "metrics" VALUES('round_seconds',1.1754576043000270147e+01,1796613976682,'89c1791eba494628b356f47e921480c2',190,0);
INSERT INTO "metrics" VALUES('test_acc',0.4928,1796613976682,'89c1791eba494628b356f47e921480c2',190,0);
INSERT INTO "metrics" VALUES('test_loss',1.77658935241699222906e+00,1796613976682,'89c1791eba494628b356f47e921480c2',190,0);
INSERT INTO "metrics" VALUES('train_loss',1.591001131395995416e-01,1796613976682,'89c1791eba494628b356f47e921480c2',190,0);
INSERT INTO "metrics" VALUES('val_acc',0.4832,1796613976682,'89c1791eba494628b356f47e921480c2',190,0);
INSERT INTO "metrics" VALUES('val_loss',1.73809287109375,1796613976682,'89c1791eba494628b356f47e921480c2',190,0);
INSERT INTO "metrics" VALUES('round_seconds',1.07892150320003565866e+01,1796613977869,'8bee24d7f9ee434790c55348e7dfb2bf',21,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.64507858411672591714e-02,1796613977869,'8bee24d7f9ee434790c55348e7dfb2bf',21,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.46196471132176153417e-01,1796613977869,'8bee24d7f9ee434790c55348e7dfb2bf',21,0);
INSERT INTO "metrics" VALUES('train_loss',5.73336187574267408528e-01,1796613977869,'8bee24d7f9ee434790c55348e7dfb2bf',21,0);
INSERT INTO "metrics" VALUES('val_acc',0.3,1796613977869,'8bee24d7f9ee434790c55348e7dfb2bf',21,0);
INSERT INTO "metrics" VALUES('val_loss',2.30353720092773439631e+00,1796613977869,'8bee24d7f9ee434790c55348e7dfb2bf',21,0);
INSERT INTO "metrics" VALUES('round_seconds',1.08367530120012816046e+01,1796613987540,'89c1791eba494628b356f47e921480c2',191,0);
INSERT INTO "metrics" VALUES('train_loss',1.50023510190993525359e-01,1796613987540,'89c1791eba494628b356f47e921480c2',191,0);
INSERT INTO "metrics" VALUES('val_acc',0.4738,1796613987540,'89c1791eba494628b356f47e921480c2',191,0);
INSERT INTO "metrics" VALUES('val_loss',1.76369177246093755684e+00,1796613987540,'89c1791eba494628b356f47e921480c2',191,0);
INSERT INTO "metrics" VALUES('round_seconds',1.00608973119997244791e+01,1796613987950,'8bee24d7f9ee434790c55348e7dfb2bf',22,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.65958900080453558567e-02,1796613987950,'8bee24d7f9ee434790c55348e7dfb2bf',22,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.41115644677596185907e-01,1796613987950,'8bee24d7f9ee434790c55348e7dfb2bf',22,0);
INSERT INTO "metrics" VALUES('train_loss',5.811515437781811233e-01,1796613987950,'8bee24d7f9ee434790c55348e7dfb2bf',22,0);
INSERT INTO "metrics" VALUES('val_acc',0.309,1796613987950,'8bee24d7f9ee434790c55348e7dfb2bf',22,0);
INSERT INTO "metrics" VALUES('val_loss',2.1818970703125,1796613987950,'8bee24d7f9ee434790c55348e7dfb2bf',22,0);
INSERT INTO "metrics" VALUES('round_seconds',9.72038327799964463338e+00,1796613997276,'89c1791eba494628b356f47e921480c2',192,0);
INSERT INTO "metrics" VALUES('train_loss',1.49333653382062891967e-01,1796613997276,'89c1791eba494628b356f47e921480c2',192,0);
INSERT INTO "metrics" VALUES('val_acc',0.4728,1796613997276,'89c1791eba494628b356f47e921480c2',192,0);
INSERT INTO "metrics" VALUES('val_loss',1.8074416442871092947e+00,1796613997276,'89c1791eba494628b356f47e921480c2',192,0);
INSERT INTO "metrics" VALUES('round_seconds',9.79210903899729601107e+00,1796613997762,'8bee24d7f9ee434790c55348e7dfb2bf',23,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.29696351028605721955e-02,1796613997762,'8bee24d7f9ee434790c55348e7dfb2bf',23,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.666288011224666,1796613997762,'8bee24d7f9ee434790c55348e7dfb2bf',23,0);
INSERT INTO "metrics" VALUES('train_loss',5.43034380857944420917e-01,1796613997762,'8bee24d7f9ee434790c55348e7dfb2bf',23,0);
INSERT INTO "metrics" VALUES('val_acc',0.3028,1796613997762,'8bee24d7f9ee434790c55348e7dfb2bf',23,0);
INSERT INTO "metrics" VALUES('val_loss',2.26598299560546889708e+00,1796613997762,'8bee24d7f9ee434790c55348e7dfb2bf',23,0);
INSERT INTO "metrics" VALUES('round_seconds',8.62039982799979,1796614006396,'8bee24d7f9ee434790c55348e7dfb2bf',24,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.41877633176137724069e-02,1796614006396,'8bee24d7f9ee434790c55348e7dfb2bf',24,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.96685306277903593219e-01,1796614006396,'8bee24d7f9ee434790c55348e7dfb2bf',24,0);
INSERT INTO "metrics" VALUES('train_loss',5.47004275095462788591e-01,1796614006396,'8bee24d7f9ee434790c55348e7dfb2bf',24,0);
INSERT INTO "metrics" VALUES('val_acc',0.3088,1796614006396,'8bee24d7f9ee434790c55348e7dfb2bf',24,0);
INSERT INTO "metrics" VALUES('val_loss',2.08837950439453123863e+00,1796614006396,'8bee24d7f9ee434790c55348e7dfb2bf',24,0);
INSERT INTO "metrics" VALUES('round_seconds',9.3356615980010246858e+00,1796614006632,'89c1791eba494628b356f47e921480c2',193,0);
INSERT INTO "metrics" VALUES('train_loss',1.47512540538758035735e-01,1796614006632,'89c1791eba494628b356f47e921480c2',193,0);
INSERT INTO "metrics" VALUES('val_acc',0.4682,1796614006632,'89c1791eba494628b356f47e921480c2',193,0);
INSERT INTO "metrics" VALUES('val_loss',1.83549652099609383881e+00,1796614006632,'89c1791eba494628b356f47e921480c2',193,0);
INSERT INTO "metrics" VALUES('round_seconds',1.09292786769983649717e+01,1796614017576,'89c1791eba494628b356f47e921480c2',194,0);
INSERT INTO "metrics" VALUES('train_loss',1.54658288027942208975e-01,1796614017576,'89c1791eba494628b356f47e921480c2',194,0);
INSERT INTO "metrics" VALUES('val_acc',0.4744,1796614017576,'89c1791eba494628b356f47e921480c2',194,0);
INSERT INTO "metrics" VALUES('val_loss',1.83526199340820306282e+00,1796614017576,'89c1791eba494628b356f47e921480c2',194,0);
INSERT INTO "metrics" VALUES('round_seconds',1.14894239049972384241e+01,1796614017900,'8bee24d7f9ee434790c55348e7dfb2bf',25,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.05547090400911269814e-02,1796614017900,'8bee24d7f9ee434790c55348e7dfb2bf',25,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.71130192175931394871e-01,1796614017900,'8bee24d7f9ee434790c55348e7dfb2bf',25,0);
INSERT INTO "metrics" VALUES('test_acc',0.301,1796614017900,'8bee24d7f9ee434790c55348e7dfb2bf',25,0);
INSERT INTO "metrics" VALUES('test_loss',2.32543262634277336786e+00,1796614017900,'8bee24d7f9ee434790c55348e7dfb2bf',25,0);
INSERT INTO "metrics" VALUES('train_loss',5.37457840440273448834e-01,1796614017900,'8bee24d7f9ee434790c55348e7dfb2bf',25,0);
INSERT INTO "metrics" VALUES('val_acc',0.3016,1796614017900,'8bee24d7f9ee434790c55348e7dfb2bf',25,0);
INSERT INTO "metrics" VALUES('val_loss',2.35513864135742201355e+00,1796614017900,'8bee24d7f9ee434790c55348e7dfb2bf',25,0);
INSERT INTO "metrics" VALUES('round_seconds',8.55857080300120287574e+00,1796614026472,'8bee24d7f9ee434790c55348e7dfb2bf',26,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.10332988873421250497e-02,1796614026472,'8bee24d7f9ee434790c55348e7dfb2bf',26,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.57285873342783211192e-01,1796614026472,'8bee24d7f9ee434790c55348e7dfb2bf',26,0);
INSERT INTO "metrics" VALUES('train_loss',5.3859618435025213845e-01,1796614026472,'8bee24d7f9ee434790c55348e7dfb2bf',26,0);
INSERT INTO "metrics" VALUES('val_acc',0.3174,1796614026472,'8bee24d7f9ee434790c55348e7dfb2bf',26,0);
INSERT INTO "metrics" VALUES('val_loss',2.27174829101562503197e+00,1796614026472,'8bee24d7f9ee434790c55348e7dfb2bf',26,0);
INSERT INTO "metrics" VALUES('round_seconds',9.65008662299806,1796614027242,'89c1791eba494628b356f47e921480c2',195,0);
INSERT INTO "metrics" VALUES('test_acc',0.4718,1796614027242,'89c1791eba494628b356f47e921480c2',195,0);
INSERT INTO "metrics" VALUES('test_loss',1.84939329223632809018e+00,1796614027242,'89c1791eba494628b356f47e921480c2',195,0);
INSERT INTO "metrics" VALUES('train_loss',1.52437273135632295195e-01,1796614027242,'89c1791eba494628b356f47e921480c2',195,0);
INSERT INTO "metrics" VALUES('val_acc',0.4672,1796614027242,'89c1791eba494628b356f47e921480c2',195,0);
INSERT INTO "metrics" VALUES('val_loss',1.82869146118164072056e+00,1796614027242,'89c1791eba494628b356f47e921480c2',195,0);
INSERT INTO "metrics" VALUES('round_seconds',8.85921389299983275122e+00,1796614035352,'8bee24d7f9ee434790c55348e7dfb2bf',27,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.06513874053060347835e-02,1796614035352,'8bee24d7f9ee434790c55348e7dfb2bf',27,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.85373289998293278024e-01,1796614035352,'8bee24d7f9ee434790c55348e7dfb2bf',27,0);
INSERT INTO "metrics" VALUES('train_loss',5.24957929110527077298e-01,1796614035352,'8bee24d7f9ee434790c55348e7dfb2bf',27,0);
INSERT INTO "metrics" VALUES('val_acc',0.3142,1796614035352,'8bee24d7f9ee434790c55348e7dfb2bf',27,0);
INSERT INTO "metrics" VALUES('val_loss',2.2296020263671874062e+00,1796614035352,'8bee24d7f9ee434790c55348e7dfb2bf',27,0);
INSERT INTO "metrics" VALUES('round_seconds',9.24418837199846166186e+00,1796614036502,'89c1791eba494628b356f47e921480c2',196,0);
INSERT INTO "metrics" VALUES('train_loss',1.51245951725393540376e-01,1796614036502,'89c1791eba494628b356f47e921480c2',196,0);
INSERT INTO "metrics" VALUES('val_acc',0.469,1796614036502,'89c1791eba494628b356f47e921480c2',196,0);
INSERT INTO "metrics" VALUES('val_loss',1.85459420166015620523e+00,1796614036502,'89c1791eba494628b356f47e921480c2',196,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03190423269988968964e+01,1796614045685,'8bee24d7f9ee434790c55348e7dfb2bf',28,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.69201429204131176264e-02,1796614045685,'8bee24d7f9ee434790c55348e7dfb2bf',28,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.71510694859426826575e-01,1796614045685,'8bee24d7f9ee434790c55348e7dfb2bf',28,0);
INSERT INTO "metrics" VALUES('train_loss',5.14716505155563441853e-01,1796614045685,'8bee24d7f9ee434790c55348e7dfb2bf',28,0);
INSERT INTO "metrics" VALUES('val_acc',0.3318,1796614045685,'8bee24d7f9ee434790c55348e7dfb2bf',28,0);
INSERT INTO "metrics" VALUES('val_loss',2.11682336425781247868e+00,1796614045685,'8bee24d7f9ee434790c55348e7dfb2bf',28,0);
INSERT INTO "metrics" VALUES('round_seconds',1.12601232519991754086e+01,1796614047781,'89c1791eba494628b356f47e921480c2',197,0);
INSERT INTO "metrics" VALUES('train_loss',1.53798912164084616849e-01,1796614047781,'89c1791eba494628b356f47e921480c2',197,0);
INSERT INTO "metrics" VALUES('val_acc',0.4728,1796614047781,'89c1791eba494628b356f47e921480c2',197,0);
INSERT INTO "metrics" VALUES('val_loss',1.8237801330566405511e+00,1796614047781,'89c1791eba494628b356f47e921480c2',197,0);
INSERT INTO "metrics" VALUES('round_seconds',1.14165334330027690157e+01,1796614057116,'8bee24d7f9ee434790c55348e7dfb2bf',29,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.5961182231282985966e-02,1796614057116,'8bee24d7f9ee434790c55348e7dfb2bf',29,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.647374376057225,1796614057116,'8bee24d7f9ee434790c55348e7dfb2bf',29,0);
INSERT INTO "metrics" VALUES('train_loss',5.06761273384094268479e-01,1796614057116,'8bee24d7f9ee434790c55348e7dfb2bf',29,0);
INSERT INTO "metrics" VALUES('val_acc',0.3176,1796614057116,'8bee24d7f9ee434790c55348e7dfb2bf',29,0);
INSERT INTO "metrics" VALUES('val_loss',2.01329805908203107733e+00,1796614057116,'8bee24d7f9ee434790c55348e7dfb2bf',29,0);
INSERT INTO "metrics" VALUES('round_seconds',1.1231052425999223487e+01,1796614059027,'89c1791eba494628b356f47e921480c2',198,0);
INSERT INTO "metrics" VALUES('train_loss',1.51361760229505593056e-01,1796614059027,'89c1791eba494628b356f47e921480c2',198,0);
INSERT INTO "metrics" VALUES('val_acc',0.476,1796614059027,'89c1791eba494628b356f47e921480c2',198,0);
INSERT INTO "metrics" VALUES('val_loss',1.8420348693847656829e+00,1796614059027,'89c1791eba494628b356f47e921480c2',198,0);
INSERT INTO "metrics" VALUES('round_seconds',1.07404628299991600215e+01,1796614067875,'8bee24d7f9ee434790c55348e7dfb2bf',30,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.14301932564315733564e-02,1796614067875,'8bee24d7f9ee434790c55348e7dfb2bf',30,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.66882444841074,1796614067875,'8bee24d7f9ee434790c55348e7dfb2bf',30,0);
INSERT INTO "metrics" VALUES('test_acc',0.3233,1796614067875,'8bee24d7f9ee434790c55348e7dfb2bf',30,0);
INSERT INTO "metrics" VALUES('test_loss',2.14674645385742168812e+00,1796614067875,'8bee24d7f9ee434790c55348e7dfb2bf',30,0);
INSERT INTO "metrics" VALUES('train_loss',5.09050917371511424391e-01,1796614067875,'8bee24d7f9ee434790c55348e7dfb2bf',30,0);
INSERT INTO "metrics" VALUES('val_acc',0.3124,1796614067875,'8bee24d7f9ee434790c55348e7dfb2bf',30,0);
INSERT INTO "metrics" VALUES('val_loss',2.18632686157226574508e+00,1796614067875,'8bee24d7f9ee434790c55348e7dfb2bf',30,0);
INSERT INTO "metrics" VALUES('round_seconds',9.83435991700025624595e+00,1796614068878,'89c1791eba494628b356f47e921480c2',199,0);
INSERT INTO "metrics" VALUES('train_loss',1.51338217729479085349e-01,1796614068878,'89c1791eba494628b356f47e921480c2',199,0);
INSERT INTO "metrics" VALUES('val_acc',0.4638,1796614068878,'89c1791eba494628b356f47e921480c2',199,0);
INSERT INTO "metrics" VALUES('val_loss',1.85673616333007807099e+00,1796614068878,'89c1791eba494628b356f47e921480c2',199,0);
INSERT INTO "metrics" VALUES('round_seconds',8.91169218200229806825e+00,1796614076801,'8bee24d7f9ee434790c55348e7dfb2bf',31,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.4269665100496165544e-02,1796614076801,'8bee24d7f9ee434790c55348e7dfb2bf',31,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.82734109933463728658e-01,1796614076801,'8bee24d7f9ee434790c55348e7dfb2bf',31,0);
INSERT INTO "metrics" VALUES('train_loss',5.11623766781091782185e-01,1796614076801,'8bee24d7f9ee434790c55348e7dfb2bf',31,0);
INSERT INTO "metrics" VALUES('val_acc',0.334,1796614076801,'8bee24d7f9ee434790c55348e7dfb2bf',31,0);
INSERT INTO "metrics" VALUES('val_loss',2.08732173461914083389e+00,1796614076801,'8bee24d7f9ee434790c55348e7dfb2bf',31,0);
INSERT INTO "metrics" VALUES('round_seconds',9.72312458299711579456e+00,1796614078618,'89c1791eba494628b356f47e921480c2',200,0);
INSERT INTO "metrics" VALUES('test_acc',0.4754,1796614078618,'89c1791eba494628b356f47e921480c2',200,0);
INSERT INTO "metrics" VALUES('test_loss',1.91705281677246097693e+00,1796614078618,'89c1791eba494628b356f47e921480c2',200,0);
INSERT INTO "metrics" VALUES('train_loss',1.5195334664642812239e-01,1796614078618,'89c1791eba494628b356f47e921480c2',200,0);
INSERT INTO "metrics" VALUES('val_acc',0.4768,1796614078618,'89c1791eba494628b356f47e921480c2',200,0);
INSERT INTO "metrics" VALUES('val_loss',1.8813451171875,1796614078618,'89c1791eba494628b356f47e921480c2',200,0);
INSERT INTO "metrics" VALUES('best_val_acc',0.4832,1796614078638,'89c1791eba494628b356f47e921480c2',0,0);
INSERT INTO "metrics" VALUES('final_test_acc',0.4754,1796614078638,'89c1791eba494628b356f47e921480c2',0,0);
INSERT INTO "metrics" VALUES('final_val_acc',0.4768,1796614078638,'89c1791eba494628b356f47e921480c2',0,0);
INSERT INTO "metrics" VALUES('total_synthetic',0.0,1796614078638,'89c1791eba494628b356f47e921480c2',0,0);
INSERT INTO "metrics" VALUES('train_seconds',1.96763335751600243386e+03,1796614078638,'89c1791eba494628b356f47e921480c2',0,0);
INSERT INTO "metrics" VALUES('best_val_acc',0.4768,1796614078825,'49ee070f8cf24ef0a4f74acf09b2ec78',0,0);
INSERT INTO "metrics" VALUES('trials',1.0,1796614078825,'49ee070f8cf24ef0a4f74acf09b2ec78',0,0);
INSERT INTO "metrics" VALUES('round_seconds',8.58148729299864498898e+00,1796614085397,'8bee24d7f9ee434790c55348e7dfb2bf',32,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.18095550807488491873e-02,1796614085397,'8bee24d7f9ee434790c55348e7dfb2bf',32,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.658378042189628,1796614085397,'8bee24d7f9ee434790c55348e7dfb2bf',32,0);
INSERT INTO "metrics" VALUES('train_loss',5.18397436318397519805e-01,1796614085397,'8bee24d7f9ee434790c55348e7dfb2bf',32,0);
INSERT INTO "metrics" VALUES('val_acc',0.3462,1796614085397,'8bee24d7f9ee434790c55348e7dfb2bf',32,0);
INSERT INTO "metrics" VALUES('val_loss',2.05332396240234382744e+00,1796614085397,'8bee24d7f9ee434790c55348e7dfb2bf',32,0);
INSERT INTO "metrics" VALUES('round_seconds',8.257582713999,1796614093669,'8bee24d7f9ee434790c55348e7dfb2bf',33,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.39810280695675781537e-02,1796614093669,'8bee24d7f9ee434790c55348e7dfb2bf',33,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.33309244000998861068e-01,1796614093669,'8bee24d7f9ee434790c55348e7dfb2bf',33,0);
INSERT INTO "metrics" VALUES('train_loss',5.1395183951377876319e-01,1796614093669,'8bee24d7f9ee434790c55348e7dfb2bf',33,0);
INSERT INTO "metrics" VALUES('val_acc',0.3304,1796614093669,'8bee24d7f9ee434790c55348e7dfb2bf',33,0);
INSERT INTO "metrics" VALUES('val_loss',2.27273086547851566052e+00,1796614093669,'8bee24d7f9ee434790c55348e7dfb2bf',33,0);
INSERT INTO "metrics" VALUES('round_seconds',8.14643039200018392875e+00,1796614101829,'8bee24d7f9ee434790c55348e7dfb2bf',34,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.54967318082214366992e-02,1796614101829,'8bee24d7f9ee434790c55348e7dfb2bf',34,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.638543800277445,1796614101829,'8bee24d7f9ee434790c55348e7dfb2bf',34,0);
INSERT INTO "metrics" VALUES('train_loss',5.08419915769100172475e-01,1796614101829,'8bee24d7f9ee434790c55348e7dfb2bf',34,0);
INSERT INTO "metrics" VALUES('val_acc',0.344,1796614101829,'8bee24d7f9ee434790c55348e7dfb2bf',34,0);
INSERT INTO "metrics" VALUES('val_loss',2.17451892089843745736e+00,1796614101829,'8bee24d7f9ee434790c55348e7dfb2bf',34,0);
INSERT INTO "metrics" VALUES('round_seconds',9.37079943299977458082e+00,1796614111214,'8bee24d7f9ee434790c55348e7dfb2bf',35,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.33244943230986767623e-02,1796614111214,'8bee24d7f9ee434790c55348e7dfb2bf',35,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.58110242334401407404e-01,1796614111214,'8bee24d7f9ee434790c55348e7dfb2bf',35,0);
INSERT INTO "metrics" VALUES('test_acc',0.3402,1796614111214,'8bee24d7f9ee434790c55348e7dfb2bf',35,0);
INSERT INTO "metrics" VALUES('test_loss',2.1753837402343751961e+00,1796614111214,'8bee24d7f9ee434790c55348e7dfb2bf',35,0);
INSERT INTO "metrics" VALUES('train_loss',5.15855186076164318187e-01,1796614111214,'8bee24d7f9ee434790c55348e7dfb2bf',35,0);
INSERT INTO "metrics" VALUES('val_acc',0.3428,1796614111214,'8bee24d7f9ee434790c55348e7dfb2bf',35,0);
INSERT INTO "metrics" VALUES('val_loss',2.22752389526367178262e+00,1796614111214,'8bee24d7f9ee434790c55348e7dfb2bf',35,0);
INSERT INTO "metrics" VALUES('round_seconds',8.63847804599936353042e+00,1796614119870,'8bee24d7f9ee434790c55348e7dfb2bf',36,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.85131923223900596298e-02,1796614119870,'8bee24d7f9ee434790c55348e7dfb2bf',36,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.59729856694056149279e-01,1796614119870,'8bee24d7f9ee434790c55348e7dfb2bf',36,0);
INSERT INTO "metrics" VALUES('train_loss',4.90481238350868153919e-01,1796614119870,'8bee24d7f9ee434790c55348e7dfb2bf',36,0);
INSERT INTO "metrics" VALUES('val_acc',0.358,1796614119870,'8bee24d7f9ee434790c55348e7dfb2bf',36,0);
INSERT INTO "metrics" VALUES('val_loss',2.05055889282226555536e+00,1796614119870,'8bee24d7f9ee434790c55348e7dfb2bf',36,0);
INSERT INTO "metrics" VALUES('round_seconds',9.04624089799836,1796614128931,'8bee24d7f9ee434790c55348e7dfb2bf',37,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.89323365638406188038e-02,1796614128931,'8bee24d7f9ee434790c55348e7dfb2bf',37,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.72739525999444865078e-01,1796614128931,'8bee24d7f9ee434790c55348e7dfb2bf',37,0);
INSERT INTO "metrics" VALUES('train_loss',5.01523478398323119265e-01,1796614128931,'8bee24d7f9ee434790c55348e7dfb2bf',37,0);
INSERT INTO "metrics" VALUES('val_acc',0.3398,1796614128931,'8bee24d7f9ee434790c55348e7dfb2bf',37,0);
INSERT INTO "metrics" VALUES('val_loss',2.1069192016601561157e+00,1796614128931,'8bee24d7f9ee434790c55348e7dfb2bf',37,0);
INSERT INTO "metrics" VALUES('round_seconds',8.58232802099883,1796614137528,'8bee24d7f9ee434790c55348e7dfb2bf',38,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.3568176424078960407e-02,1796614137528,'8bee24d7f9ee434790c55348e7dfb2bf',38,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.38590021252840256416e-01,1796614137528,'8bee24d7f9ee434790c55348e7dfb2bf',38,0);
INSERT INTO "metrics" VALUES('train_loss',0.497799409429431,1796614137528,'8bee24d7f9ee434790c55348e7dfb2bf',38,0);
INSERT INTO "metrics" VALUES('val_acc',0.32,1796614137528,'8bee24d7f9ee434790c55348e7dfb2bf',38,0);
INSERT INTO "metrics" VALUES('val_loss',2.3011966186523435951e+00,1796614137528,'8bee24d7f9ee434790c55348e7dfb2bf',38,0);
INSERT INTO "metrics" VALUES('round_seconds',8.78949091500180657021e+00,1796614146337,'8bee24d7f9ee434790c55348e7dfb2bf',39,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.55282538149390642034e-02,1796614146337,'8bee24d7f9ee434790c55348e7dfb2bf',39,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.43959922653646321677e-01,1796614146337,'8bee24d7f9ee434790c55348e7dfb2bf',39,0);
INSERT INTO "metrics" VALUES('train_loss',4.99144328539073478534e-01,1796614146337,'8bee24d7f9ee434790c55348e7dfb2bf',39,0);
INSERT INTO "metrics" VALUES('val_acc',0.352,1796614146337,'8bee24d7f9ee434790c55348e7dfb2bf',39,0);
INSERT INTO "metrics" VALUES('val_loss',2.03144334106445301202e+00,1796614146337,'8bee24d7f9ee434790c55348e7dfb2bf',39,0);
CREATE TABLE "model_definitions" (
	model_definition_id VARCHAR(36) NOT NULL, 
	name VARCHAR(255) NOT NULL, 
	secret_id VARCHAR(36), 
	provider VARCHAR(64) NOT NULL, 
	model_name VARCHAR(256) NOT NULL, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT model_definitions_pk PRIMARY KEY (model_definition_id), 
	CONSTRAINT fk_model_definitions_secret_id FOREIGN KEY(secret_id) REFERENCES secrets (secret_id) ON DELETE SET NULL, 
	CONSTRAINT uq_model_definitions_workspace_name UNIQUE (workspace, name)
);
CREATE TABLE "model_version_tags" (
	"key" VARCHAR(250) NOT NULL, 
	value TEXT, 
	name VARCHAR(256) NOT NULL, 
	version INTEGER NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT model_version_tag_pk PRIMARY KEY (workspace, "key", name, version), 
	CONSTRAINT fk_model_version_tags_model_versions FOREIGN KEY(workspace, name, version) REFERENCES model_versions (workspace, name, version) ON UPDATE CASCADE
);
CREATE TABLE "model_versions" (
	name VARCHAR(256) NOT NULL, 
	version INTEGER NOT NULL, 
	creation_time BIGINT, 
	last_updated_time BIGINT, 
	description VARCHAR(5000), 
	user_id VARCHAR(256), 
	current_stage VARCHAR(20), 
	source VARCHAR(500), 
	run_id VARCHAR(32), 
	status VARCHAR(20), 
	status_message VARCHAR(500), 
	run_link VARCHAR(500), 
	storage_location VARCHAR(500), 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT model_version_pk PRIMARY KEY (workspace, name, version), 
	CONSTRAINT fk_model_versions_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON UPDATE CASCADE
);
CREATE TABLE online_scoring_configs (
	online_scoring_config_id VARCHAR(36) NOT NULL, 
	scorer_id VARCHAR(36) NOT NULL, 
	sample_rate FLOAT NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	filter_string TEXT, 
	CONSTRAINT online_scoring_config_pk PRIMARY KEY (online_scoring_config_id), 
	CONSTRAINT fk_online_scoring_configs_scorer_id FOREIGN KEY(scorer_id) REFERENCES scorers (scorer_id) ON DELETE CASCADE, 
	CONSTRAINT fk_online_scoring_configs_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id)
);
CREATE TABLE "params" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(8000) NOT NULL, 
	run_uuid VARCHAR(32) NOT NULL, 
	CONSTRAINT param_pk PRIMARY KEY ("key", run_uuid), 
	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid)
);
INSERT INTO "params" VALUES('budget','cpu','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.alpha','0.1','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.cache_dir','/work/main/.cache/fblbench','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.classes_per_client','2','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.data_dir','/work/shared/data','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.dataset','cifar10','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.download','False','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.generator_size','cpu','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.max_eval','None','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.max_train','5000','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.min_client_size','10','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.num_clients','10','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.partition','dirichlet','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.partition_seed','0','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.public_fraction','0.1','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.resolution','32','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.split_seed','0','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.test_fraction','0.2','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.val_fraction','0.1','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('method','fedavg','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('seed','0','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.augment','crop_flip','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.batch_clients','auto','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.batch_size','64','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.channels_last','True','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.clip_grad_norm','10.0','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.device','auto','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.local_epochs','10','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.lr','0.01','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.lr_schedule','constant','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.model','simple_cnn','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.momentum','0.9','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.participation','1.0','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.rounds','200','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.seed','0','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.test_every','5','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.threads','1','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('train.weight_decay','1e-05','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "params" VALUES('data.alpha','0.1','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.cache_dir','/work/main/.cache/fblbench','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.classes_per_client','2','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.data_dir','/work/shared/data','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.dataset','cifar10','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.download','False','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.generator_size','cpu','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.max_eval','None','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.max_train','5000','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.min_client_size','10','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.num_clients','10','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.partition','dirichlet','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.partition_seed','0','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.public_fraction','0.1','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.resolution','32','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.split_seed','0','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.test_fraction','0.2','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('data.val_fraction','0.1','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('method.name','fedavg','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('run.kernels','cpu AVX512, Intel(R) Xeon(R) Processor (family 6 model 207)','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.augment','crop_flip','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.batch_clients','auto','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.batch_size','64','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.channels_last','True','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.clip_grad_norm','10.0','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.device','auto','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.local_epochs','10','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.lr','0.01','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.lr_schedule','constant','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.model','simple_cnn','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.momentum','0.9','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.participation','1.0','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.rounds','200','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.seed','0','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.test_every','5','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.threads','1','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('train.weight_decay','1e-05','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "params" VALUES('budget','cpu','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.alpha','0.1','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.cache_dir','/work/main/.cache/fblbench','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.classes_per_client','2','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.data_dir','/work/shared/data','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.dataset','cifar10','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.download','False','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.generator_size','cpu','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.max_eval','None','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.max_train','5000','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.min_client_size','10','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.num_clients','10','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.partition','dirichlet','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.partition_seed','0','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.public_fraction','0.1','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.resolution','32','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.split_seed','0','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.test_fraction','0.2','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.val_fraction','0.1','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('method','fedprox','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('seed','0','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.augment','crop_flip','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.batch_clients','auto','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.batch_size','64','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.channels_last','True','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.clip_grad_norm','10.0','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.device','auto','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.local_epochs','10','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.lr','0.01','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.lr_schedule','constant','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.model','simple_cnn','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.momentum','0.9','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.participation','1.0','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.rounds','200','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.seed','0','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.test_every','5','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.threads','1','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('train.weight_decay','1e-05','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "params" VALUES('data.alpha','0.1','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.cache_dir','/work/main/.cache/fblbench','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.classes_per_client','2','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.data_dir','/work/shared/data','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.dataset','cifar10','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.download','False','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.generator_size','cpu','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.max_eval','None','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.max_train','5000','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.min_client_size','10','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.num_clients','10','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.partition','dirichlet','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.partition_seed','0','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.public_fraction','0.1','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.resolution','32','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.split_seed','0','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.test_fraction','0.2','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('data.val_fraction','0.1','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('method.mu','0.01','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('method.name','fedprox','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('run.kernels','cpu AVX512, Intel(R) Xeon(R) Processor (family 6 model 207)','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.augment','crop_flip','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.batch_clients','auto','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.batch_size','64','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.channels_last','True','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.clip_grad_norm','10.0','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.device','auto','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.local_epochs','10','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.lr','0.01','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.lr_schedule','constant','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.model','simple_cnn','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.momentum','0.9','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.participation','1.0','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.rounds','200','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.seed','0','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.test_every','5','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.threads','1','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('train.weight_decay','1e-05','89c1791eba494628b356f47e921480c2');
INSERT INTO "params" VALUES('budget','cpu','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.alpha','0.1','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.cache_dir','/work/main/.cache/fblbench','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.classes_per_client','2','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.data_dir','/work/shared/data','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.dataset','cifar10','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.download','False','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.generator_size','cpu','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.max_eval','None','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.max_train','5000','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.min_client_size','10','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.num_clients','10','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.partition','dirichlet','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.partition_seed','0','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.public_fraction','0.1','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.resolution','32','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.split_seed','0','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.test_fraction','0.2','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.val_fraction','0.1','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('method','scaffold','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('seed','0','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.augment','crop_flip','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.batch_clients','auto','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.batch_size','64','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.channels_last','True','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.clip_grad_norm','10.0','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.device','auto','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.local_epochs','10','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.lr','0.01','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.lr_schedule','constant','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.model','simple_cnn','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.momentum','0.9','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.participation','1.0','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.rounds','200','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.seed','0','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.test_every','5','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.threads','1','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('train.weight_decay','1e-05','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "params" VALUES('data.alpha','0.1','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.cache_dir','/work/main/.cache/fblbench','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.classes_per_client','2','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.data_dir','/work/shared/data','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.dataset','cifar10','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.download','False','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.generator_size','cpu','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.max_eval','None','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.max_train','5000','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.min_client_size','10','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.num_clients','10','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.partition','dirichlet','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.partition_seed','0','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.public_fraction','0.1','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.resolution','32','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.split_seed','0','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.test_fraction','0.2','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('data.val_fraction','0.1','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('method.name','scaffold','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('method.server_lr','1.0','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('run.kernels','cpu AVX512, Intel(R) Xeon(R) Processor (family 6 model 207)','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.augment','crop_flip','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.batch_clients','auto','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.batch_size','64','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.channels_last','True','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.clip_grad_norm','10.0','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.device','auto','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.local_epochs','10','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.lr','0.01','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.lr_schedule','constant','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.model','simple_cnn','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.momentum','0.9','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.participation','1.0','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.rounds','200','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.seed','0','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.test_every','5','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.threads','1','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "params" VALUES('train.weight_decay','1e-05','8bee24d7f9ee434790c55348e7dfb2bf');
CREATE TABLE "registered_model_aliases" (
	alias VARCHAR(256) NOT NULL, 
	version INTEGER NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT registered_model_alias_pk PRIMARY KEY (workspace, name, alias), 
	CONSTRAINT fk_registered_model_aliases_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "registered_model_tags" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(5000), 
	name VARCHAR(256) NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT registered_model_tag_pk PRIMARY KEY (workspace, "key", name), 
	CONSTRAINT fk_registered_model_tags_registered_models FOREIGN KEY(workspace, name) REFERENCES registered_models (workspace, name) ON UPDATE CASCADE
);
CREATE TABLE "registered_models" (
	name VARCHAR(256) NOT NULL, 
	creation_time BIGINT, 
	last_updated_time BIGINT, 
	description VARCHAR(5000), 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT registered_model_pk PRIMARY KEY (workspace, name)
);
CREATE TABLE review_queue_items (
	queue_id VARCHAR(36) NOT NULL, 
	item_type VARCHAR(16) NOT NULL, 
	item_id VARCHAR(50) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	completed_by VARCHAR(250), 
	completed_time_ms BIGINT, 
	creation_time_ms BIGINT NOT NULL, 
	last_update_time_ms BIGINT NOT NULL, 
	CONSTRAINT review_queue_items_pk PRIMARY KEY (queue_id, item_id), 
	CONSTRAINT fk_review_queue_items_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);
CREATE TABLE review_queue_label_schemas (
	queue_id VARCHAR(36) NOT NULL, 
	schema_id VARCHAR(36) NOT NULL, 
	CONSTRAINT review_queue_label_schemas_pk PRIMARY KEY (queue_id, schema_id), 
	CONSTRAINT fk_review_queue_label_schemas_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);
CREATE TABLE review_queue_users (
	queue_id VARCHAR(36) NOT NULL, 
	user_id VARCHAR(250) NOT NULL, 
	CONSTRAINT review_queue_users_pk PRIMARY KEY (queue_id, user_id), 
	CONSTRAINT fk_review_queue_users_queue_id FOREIGN KEY(queue_id) REFERENCES review_queues (queue_id) ON DELETE CASCADE
);
CREATE TABLE review_queues (
	queue_id VARCHAR(36) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	name VARCHAR(250) NOT NULL, 
	queue_type VARCHAR(16) NOT NULL, 
	created_by VARCHAR(255), 
	creation_time_ms BIGINT NOT NULL, 
	last_update_time_ms BIGINT NOT NULL, 
	name_key VARCHAR(250) NOT NULL, 
	CONSTRAINT review_queues_pk PRIMARY KEY (queue_id), 
	CONSTRAINT fk_review_queues_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE, 
	CONSTRAINT uq_review_queues_experiment_name_key UNIQUE (experiment_id, name_key)
);
CREATE TABLE "runs" (
	run_uuid VARCHAR(32) NOT NULL, 
	name VARCHAR(250), 
	source_type VARCHAR(20), 
	source_name VARCHAR(500), 
	entry_point_name VARCHAR(50), 
	user_id VARCHAR(256), 
	status VARCHAR(9), 
	start_time BIGINT, 
	end_time BIGINT, 
	source_version VARCHAR(50), 
	lifecycle_stage VARCHAR(20), 
	artifact_uri VARCHAR(200), 
	experiment_id INTEGER, deleted_time BIGINT, 
	CONSTRAINT run_pk PRIMARY KEY (run_uuid), 
	CONSTRAINT runs_lifecycle_stage CHECK (lifecycle_stage IN ('active', 'deleted')), 
	CONSTRAINT source_type CHECK (source_type IN ('NOTEBOOK', 'JOB', 'LOCAL', 'UNKNOWN', 'PROJECT')), 
	FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CHECK (status IN ('SCHEDULED', 'FAILED', 'FINISHED', 'RUNNING', 'KILLED'))
);
INSERT INTO "runs" VALUES('e7ba57d8814847619c1e94e3017533d3','cifar10-dir0.1-fedavg','UNKNOWN','','','unknown','FINISHED',1796608441014,1796610229977,'','active','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1/e7ba57d8814847619c1e94e3017533d3/artifacts',1,NULL);
INSERT INTO "runs" VALUES('35fba69be9ea40a6917d329cf484528b','fedavg-trial-0','UNKNOWN','','','unknown','FINISHED',1796608442005,1796610229912,'','active','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1/35fba69be9ea40a6917d329cf484528b/artifacts',1,NULL);
INSERT INTO "runs" VALUES('49ee070f8cf24ef0a4f74acf09b2ec78','cifar10-dir0.1-fedprox','UNKNOWN','','','unknown','FINISHED',1796612110298,1796614078831,'','active','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1/49ee070f8cf24ef0a4f74acf09b2ec78/artifacts',1,NULL);
INSERT INTO "runs" VALUES('89c1791eba494628b356f47e921480c2','fedprox-trial-0','UNKNOWN','','','unknown','FINISHED',1796612110984,1796614078765,'','active','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1/89c1791eba494628b356f47e921480c2/artifacts',1,NULL);
INSERT INTO "runs" VALUES('b9eff6bcbac04e4ab3b958e0a378a0db','cifar10-dir0.1-scaffold','UNKNOWN','','','unknown','RUNNING',1796613786608,NULL,'','active','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1/b9eff6bcbac04e4ab3b958e0a378a0db/artifacts',1,NULL);
INSERT INTO "runs" VALUES('8bee24d7f9ee434790c55348e7dfb2bf','scaffold-trial-0','UNKNOWN','','','unknown','RUNNING',1796613787265,NULL,'','active','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1/8bee24d7f9ee434790c55348e7dfb2bf/artifacts',1,NULL);
CREATE TABLE scheduler_leases (
	lease_key VARCHAR(255) NOT NULL, 
	acquired_at BIGINT NOT NULL, 
	ttl_seconds INTEGER NOT NULL, 
	CONSTRAINT scheduler_leases_pk PRIMARY KEY (lease_key)
);
CREATE TABLE scorer_versions (
	scorer_id VARCHAR(36) NOT NULL, 
	scorer_version INTEGER NOT NULL, 
	serialized_scorer TEXT NOT NULL, 
	creation_time BIGINT, 
	CONSTRAINT scorer_version_pk PRIMARY KEY (scorer_id, scorer_version), 
	CONSTRAINT fk_scorer_versions_scorer_id FOREIGN KEY(scorer_id) REFERENCES scorers (scorer_id) ON DELETE CASCADE
);
CREATE TABLE scorers (
	experiment_id INTEGER NOT NULL, 
	scorer_name VARCHAR(256) NOT NULL, 
	scorer_id VARCHAR(36) NOT NULL, 
	CONSTRAINT scorer_pk PRIMARY KEY (scorer_id), 
	CONSTRAINT fk_scorers_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE
);
CREATE TABLE "secrets" (
	secret_id VARCHAR(36) NOT NULL, 
	secret_name VARCHAR(255) NOT NULL, 
	encrypted_value BLOB NOT NULL, 
	wrapped_dek BLOB NOT NULL, 
	kek_version INTEGER NOT NULL, 
	masked_value VARCHAR(500) NOT NULL, 
	provider VARCHAR(64), 
	auth_config TEXT, 
	description TEXT, 
	created_by VARCHAR(255), 
	created_at BIGINT NOT NULL, 
	last_updated_by VARCHAR(255), 
	last_updated_at BIGINT NOT NULL, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT secrets_pk PRIMARY KEY (secret_id), 
	CONSTRAINT uq_secrets_workspace_secret_name UNIQUE (workspace, secret_name)
);
CREATE TABLE span_metrics (
	trace_id VARCHAR(50) NOT NULL, 
	span_id VARCHAR(50) NOT NULL, 
	"key" VARCHAR(250) NOT NULL, 
	value FLOAT, 
	CONSTRAINT span_metrics_pk PRIMARY KEY (trace_id, span_id, "key"), 
	CONSTRAINT fk_span_metrics_span FOREIGN KEY(trace_id, span_id) REFERENCES spans (trace_id, span_id) ON DELETE CASCADE
);
CREATE TABLE "spans" (
	trace_id VARCHAR(50) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	span_id VARCHAR(50) NOT NULL, 
	parent_span_id VARCHAR(50), 
	name TEXT, 
	type VARCHAR(500), 
	status VARCHAR(50) NOT NULL, 
	start_time_unix_nano BIGINT NOT NULL, 
	end_time_unix_nano BIGINT, 
	duration_ns BIGINT GENERATED ALWAYS AS (end_time_unix_nano - start_time_unix_nano) STORED, 
	content TEXT NOT NULL, 
	input_cost FLOAT, 
	output_cost FLOAT, 
	total_cost FLOAT, 
	model_name VARCHAR(500), 
	model_provider VARCHAR(500), 
	CONSTRAINT spans_pk PRIMARY KEY (trace_id, span_id), 
	CONSTRAINT fk_spans_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id), 
	CONSTRAINT fk_spans_trace_id FOREIGN KEY(trace_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE sql_assessment_daily_rollups (
	id INTEGER NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	rollup_day DATE NOT NULL, 
	metric_name VARCHAR(250) NOT NULL, 
	grouping_set VARCHAR(50) NOT NULL, 
	sample_count BIGINT NOT NULL, 
	sum_value FLOAT, 
	min_value FLOAT, 
	max_value FLOAT, 
	CONSTRAINT sql_assessment_daily_rollups_pk PRIMARY KEY (id)
);
CREATE TABLE sql_span_cost_daily_rollups (
	id INTEGER NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	rollup_day DATE NOT NULL, 
	metric_name VARCHAR(250) NOT NULL, 
	grouping_set VARCHAR(50) NOT NULL, 
	model_name VARCHAR(500), 
	model_provider VARCHAR(500), 
	sample_count BIGINT NOT NULL, 
	sum_value FLOAT, 
	min_value FLOAT, 
	max_value FLOAT, 
	CONSTRAINT sql_span_cost_daily_rollups_pk PRIMARY KEY (id)
);
CREATE TABLE sql_trace_metric_daily_rollups (
	id INTEGER NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	rollup_day DATE NOT NULL, 
	metric_name VARCHAR(250) NOT NULL, 
	grouping_set VARCHAR(50) NOT NULL, 
	trace_status VARCHAR(50), 
	sample_count BIGINT NOT NULL, 
	sum_value FLOAT, 
	min_value FLOAT, 
	max_value FLOAT, 
	p50_value FLOAT, 
	p90_value FLOAT, 
	p99_value FLOAT, 
	CONSTRAINT sql_trace_metric_daily_rollups_pk PRIMARY KEY (id)
);
CREATE TABLE sql_trace_rollup_rebuild_queue (
	experiment_id INTEGER NOT NULL, 
	rollup_day DATE NOT NULL, 
	rollup_family VARCHAR(50) NOT NULL, 
	CONSTRAINT sql_trace_rollup_rebuild_queue_pk PRIMARY KEY (experiment_id, rollup_day, rollup_family)
);
CREATE TABLE "tags" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(8000), 
	run_uuid VARCHAR(32) NOT NULL, 
	CONSTRAINT tag_pk PRIMARY KEY ("key", run_uuid), 
	FOREIGN KEY(run_uuid) REFERENCES runs (run_uuid)
);
INSERT INTO "tags" VALUES('fblbench.method','fedavg','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.dataset','cifar10','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.partition','dir0.1','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.kind','sweep','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.study','cifar10-dir0.1-fedavg','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.process','{"boot": "373b6c62-16e0-44a1-b0df-f619d1288f7c", "host": "vm", "pid": 20319, "start": "2256151"}','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('mlflow.runName','cifar10-dir0.1-fedavg','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.trials_target','1','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.pruner','median','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.objective','accuracy','e7ba57d8814847619c1e94e3017533d3');
INSERT INTO "tags" VALUES('fblbench.study','cifar10-dir0.1-fedavg','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "tags" VALUES('fblbench.trial_number','0','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "tags" VALUES('fblbench.kind','trial','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "tags" VALUES('fblbench.method','fedavg','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "tags" VALUES('fblbench.process','{"boot": "373b6c62-16e0-44a1-b0df-f619d1288f7c", "host": "vm", "pid": 20319, "start": "2256151"}','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "tags" VALUES('mlflow.parentRunId','e7ba57d8814847619c1e94e3017533d3','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "tags" VALUES('mlflow.runName','fedavg-trial-0','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "tags" VALUES('fblbench.state','complete','35fba69be9ea40a6917d329cf484528b');
INSERT INTO "tags" VALUES('fblbench.method','fedprox','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.dataset','cifar10','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.partition','dir0.1','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.kind','sweep','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.study','cifar10-dir0.1-fedprox','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.process','{"boot": "373b6c62-16e0-44a1-b0df-f619d1288f7c", "host": "vm", "pid": 20722, "start": "2624205"}','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('mlflow.runName','cifar10-dir0.1-fedprox','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.trials_target','1','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.pruner','median','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.objective','accuracy','49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "tags" VALUES('fblbench.study','cifar10-dir0.1-fedprox','89c1791eba494628b356f47e921480c2');
INSERT INTO "tags" VALUES('fblbench.trial_number','0','89c1791eba494628b356f47e921480c2');
INSERT INTO "tags" VALUES('fblbench.kind','trial','89c1791eba494628b356f47e921480c2');
INSERT INTO "tags" VALUES('fblbench.method','fedprox','89c1791eba494628b356f47e921480c2');
INSERT INTO "tags" VALUES('fblbench.process','{"boot": "373b6c62-16e0-44a1-b0df-f619d1288f7c", "host": "vm", "pid": 20722, "start": "2624205"}','89c1791eba494628b356f47e921480c2');
INSERT INTO "tags" VALUES('mlflow.parentRunId','49ee070f8cf24ef0a4f74acf09b2ec78','89c1791eba494628b356f47e921480c2');
INSERT INTO "tags" VALUES('mlflow.runName','fedprox-trial-0','89c1791eba494628b356f47e921480c2');
INSERT INTO "tags" VALUES('fblbench.method','scaffold','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.dataset','cifar10','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.partition','dir0.1','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.kind','sweep','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.study','cifar10-dir0.1-scaffold','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.process','{"boot": "373b6c62-16e0-44a1-b0df-f619d1288f7c", "host": "vm", "pid": 22081, "start": "2791876"}','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('mlflow.runName','cifar10-dir0.1-scaffold','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.trials_target','1','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.pruner','median','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.objective','accuracy','b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "tags" VALUES('fblbench.study','cifar10-dir0.1-scaffold','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "tags" VALUES('fblbench.trial_number','0','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "tags" VALUES('fblbench.kind','trial','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "tags" VALUES('fblbench.method','scaffold','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "tags" VALUES('fblbench.process','{"boot": "373b6c62-16e0-44a1-b0df-f619d1288f7c", "host": "vm", "pid": 22081, "start": "2791876"}','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "tags" VALUES('mlflow.parentRunId','b9eff6bcbac04e4ab3b958e0a378a0db','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "tags" VALUES('mlflow.runName','scaffold-trial-0','8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "tags" VALUES('fblbench.state','complete','89c1791eba494628b356f47e921480c2');
CREATE TABLE "trace_info" (
	request_id VARCHAR(50) NOT NULL, 
	experiment_id INTEGER NOT NULL, 
	timestamp_ms BIGINT NOT NULL, 
	execution_time_ms BIGINT, 
	status VARCHAR(50) NOT NULL, 
	client_request_id VARCHAR(50), 
	request_preview VARCHAR(1000), 
	response_preview VARCHAR(1000), 
	db_payload_generation INTEGER DEFAULT '0' NOT NULL, trace_name VARCHAR(4096), session_id VARCHAR(250), input_tokens BIGINT, output_tokens BIGINT, total_tokens BIGINT, cache_read_input_tokens BIGINT, cache_creation_input_tokens BIGINT, cache_creation_input_tokens_above_1hr BIGINT, input_cost FLOAT, output_cost FLOAT, total_cost FLOAT, 
	CONSTRAINT trace_info_pk PRIMARY KEY (request_id), 
	CONSTRAINT fk_trace_info_experiment_id FOREIGN KEY(experiment_id) REFERENCES experiments (experiment_id) ON DELETE CASCADE
);
CREATE TABLE trace_metrics (
	request_id VARCHAR(50) NOT NULL, 
	"key" VARCHAR(250) NOT NULL, 
	value FLOAT, 
	CONSTRAINT trace_metrics_pk PRIMARY KEY (request_id, "key"), 
	CONSTRAINT fk_trace_metrics_request_id FOREIGN KEY(request_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE "trace_request_metadata" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(8000), 
	request_id VARCHAR(50) NOT NULL, 
	CONSTRAINT trace_request_metadata_pk PRIMARY KEY ("key", request_id), 
	CONSTRAINT fk_trace_request_metadata_request_id FOREIGN KEY(request_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE "trace_tags" (
	"key" VARCHAR(250) NOT NULL, 
	value VARCHAR(8000), 
	request_id VARCHAR(50) NOT NULL, 
	CONSTRAINT trace_tag_pk PRIMARY KEY ("key", request_id), 
	CONSTRAINT fk_trace_tags_request_id FOREIGN KEY(request_id) REFERENCES trace_info (request_id) ON DELETE CASCADE
);
CREATE TABLE webhook_events (
	webhook_id VARCHAR(256) NOT NULL, 
	entity VARCHAR(50) NOT NULL, 
	action VARCHAR(50) NOT NULL, 
	CONSTRAINT webhook_event_pk PRIMARY KEY (webhook_id, entity, action), 
	FOREIGN KEY(webhook_id) REFERENCES webhooks (webhook_id) ON DELETE cascade
);
CREATE TABLE "webhooks" (
	webhook_id VARCHAR(256) NOT NULL, 
	name VARCHAR(256) NOT NULL, 
	description VARCHAR(1000), 
	url VARCHAR(500) NOT NULL, 
	status VARCHAR(20) DEFAULT 'ACTIVE' NOT NULL, 
	secret VARCHAR(1000), 
	creation_timestamp BIGINT, 
	last_updated_timestamp BIGINT, 
	deleted_timestamp BIGINT, 
	workspace VARCHAR(63) DEFAULT 'default' NOT NULL, 
	CONSTRAINT webhook_pk PRIMARY KEY (webhook_id)
);
CREATE TABLE workspaces (
	name VARCHAR(63) NOT NULL, 
	description TEXT, 
	default_artifact_root TEXT, trace_archival_location TEXT, trace_archival_retention VARCHAR(32), 
	CONSTRAINT workspaces_pk PRIMARY KEY (name)
);
INSERT INTO "workspaces" VALUES('default','Default workspace for legacy resources',NULL,NULL,NULL);
CREATE INDEX index_metrics_run_uuid ON metrics (run_uuid);
CREATE INDEX index_latest_metrics_run_uuid ON latest_metrics (run_uuid);
CREATE INDEX index_inputs_destination_type_destination_id_source_type ON inputs (destination_type, destination_id, source_type);
CREATE INDEX index_inputs_input_uuid ON inputs (input_uuid);
CREATE INDEX index_params_run_uuid ON params (run_uuid);
CREATE INDEX index_trace_tags_request_id ON trace_tags (request_id);
CREATE INDEX index_trace_request_metadata_request_id ON trace_request_metadata (request_id);
CREATE INDEX index_tags_run_uuid ON tags (run_uuid);
CREATE INDEX index_datasets_dataset_uuid ON datasets (dataset_uuid);
CREATE INDEX index_datasets_experiment_id_dataset_source_type ON datasets (experiment_id, dataset_source_type);
CREATE INDEX index_logged_model_metrics_model_id ON logged_model_metrics (model_id);
CREATE INDEX index_entity_associations_association_id ON entity_associations (association_id);
CREATE INDEX index_entity_associations_reverse_lookup ON entity_associations (destination_type, destination_id, source_type, source_id);
CREATE INDEX idx_webhook_events_entity ON webhook_events (entity);
CREATE INDEX idx_webhook_events_action ON webhook_events (action);
CREATE INDEX idx_webhook_events_entity_action ON webhook_events (entity, action);
CREATE UNIQUE INDEX index_scorers_experiment_id_scorer_name ON scorers (experiment_id, scorer_name);
CREATE INDEX index_scorer_versions_scorer_id ON scorer_versions (scorer_id);
CREATE INDEX index_evaluation_dataset_tags_dataset_id ON evaluation_dataset_tags (dataset_id);
CREATE INDEX index_evaluation_dataset_records_dataset_id ON evaluation_dataset_records (dataset_id);
CREATE INDEX index_endpoint_model_mappings_endpoint_id ON endpoint_model_mappings (endpoint_id);
CREATE INDEX index_endpoint_model_mappings_model_definition_id ON endpoint_model_mappings (model_definition_id);
CREATE INDEX index_endpoint_tags_endpoint_id ON endpoint_tags (endpoint_id);
CREATE INDEX index_trace_metrics_request_id ON trace_metrics (request_id);
CREATE UNIQUE INDEX unique_endpoint_model_linkage_mapping ON endpoint_model_mappings (endpoint_id, model_definition_id, linkage_type);
CREATE INDEX index_span_metrics_trace_id_span_id ON span_metrics (trace_id, span_id);
CREATE INDEX index_evaluation_datasets_created_time ON evaluation_datasets (created_time);
CREATE INDEX index_evaluation_datasets_name ON evaluation_datasets (name);
CREATE INDEX idx_webhooks_status ON webhooks (status);
CREATE INDEX idx_webhooks_name ON webhooks (name);
CREATE TRIGGER prevent_secrets_aad_mutation
BEFORE UPDATE ON secrets
FOR EACH ROW
WHEN OLD.secret_id != NEW.secret_id OR OLD.secret_name != NEW.secret_name
BEGIN
    SELECT RAISE(ABORT, 'secret_id and secret_name are immutable (used as AAD in encryption)');
END;
CREATE INDEX index_model_definitions_secret_id ON model_definitions (secret_id);
CREATE INDEX index_model_definitions_provider ON model_definitions (provider);
CREATE INDEX index_jobs_name_status_creation_time ON jobs (job_name, workspace, status, creation_time);
CREATE INDEX idx_experiments_workspace ON experiments (workspace);
CREATE INDEX idx_registered_models_workspace ON registered_models (workspace);
CREATE INDEX idx_experiments_workspace_creation_time ON experiments (workspace, creation_time);
CREATE INDEX idx_evaluation_datasets_workspace ON evaluation_datasets (workspace);
CREATE INDEX idx_webhooks_workspace ON webhooks (workspace);
CREATE INDEX idx_secrets_workspace ON secrets (workspace);
CREATE INDEX idx_endpoints_workspace ON endpoints (workspace);
CREATE INDEX idx_model_definitions_workspace ON model_definitions (workspace);
CREATE INDEX idx_budget_policies_workspace ON budget_policies (workspace);
CREATE INDEX index_issues_experiment_id ON issues (experiment_id);
CREATE INDEX index_issues_source_run_id ON issues (source_run_id);
CREATE INDEX index_issues_status ON issues (status);
CREATE INDEX index_metrics_run_uuid_key_step ON metrics (run_uuid, "key", step);
CREATE INDEX idx_guardrails_workspace ON guardrails (workspace);
CREATE INDEX idx_guardrails_scorer ON guardrails (scorer_id, scorer_version);
CREATE INDEX idx_guardrail_configs_endpoint_id ON guardrail_configs (endpoint_id);
CREATE INDEX idx_guardrail_configs_guardrail_id ON guardrail_configs (guardrail_id);
CREATE INDEX idx_model_version_tags_workspace_name_version ON model_version_tags (workspace, name, version);
CREATE INDEX idx_registered_model_tags_workspace_name ON registered_model_tags (workspace, name);
CREATE INDEX index_label_schemas_experiment_id ON label_schemas (experiment_id);
CREATE INDEX index_review_queues_experiment_id ON review_queues (experiment_id);
CREATE INDEX index_review_queue_users_user_id ON review_queue_users (user_id);
CREATE INDEX index_review_queue_items_queue_id_status ON review_queue_items (queue_id, status);
CREATE INDEX index_review_queue_items_item_id ON review_queue_items (item_id);
CREATE INDEX index_review_queue_label_schemas_schema_id ON review_queue_label_schemas (schema_id);
CREATE INDEX idx_mcp_server_versions_latest ON mcp_server_versions (workspace, name, status, version_major DESC, version_minor DESC, version_patch DESC);
CREATE INDEX ix_mcp_access_endpoints_server_name ON mcp_access_endpoints (workspace, server_name);
CREATE INDEX ix_mcp_access_endpoints_version ON mcp_access_endpoints (workspace, server_name, server_version);
CREATE INDEX ix_mcp_access_endpoints_alias ON mcp_access_endpoints (workspace, server_name, server_alias);
CREATE INDEX idx_budget_policies_target_value ON budget_policies (target_value);
CREATE INDEX index_trace_info_experiment_id_timestamp_ms ON trace_info (experiment_id, timestamp_ms);
CREATE INDEX index_trace_info_timestamp_ms_request_id ON trace_info (timestamp_ms, request_id);
CREATE INDEX index_assessments_last_updated_timestamp ON assessments (last_updated_timestamp);
CREATE INDEX index_assessments_trace_id_created_timestamp ON assessments (trace_id, created_timestamp);
CREATE INDEX index_assessments_run_id_created_timestamp ON assessments (run_id, created_timestamp);
CREATE INDEX index_assessments_assessment_type ON assessments (assessment_type);
CREATE INDEX index_spans_experiment_id_type_status ON spans (experiment_id, type, status);
CREATE INDEX index_spans_experiment_id_duration ON spans (experiment_id, duration_ns);
CREATE INDEX index_spans_experiment_id_start_time ON spans (experiment_id, start_time_unix_nano);
CREATE INDEX index_spans_experiment_id_status_type ON spans (experiment_id, status, type);
CREATE INDEX index_trace_info_experiment_id_session_id ON trace_info (experiment_id, session_id);
CREATE INDEX idx_trace_rollups_lookup ON sql_trace_metric_daily_rollups (experiment_id, rollup_day, metric_name, grouping_set, trace_status);
CREATE INDEX idx_span_cost_rollups_lookup ON sql_span_cost_daily_rollups (experiment_id, rollup_day, metric_name, grouping_set, model_name, model_provider);
CREATE INDEX idx_assessment_rollups_lookup ON sql_assessment_daily_rollups (experiment_id, rollup_day, metric_name, grouping_set);
CREATE INDEX idx_spans_cost_trace_time_cover ON spans (trace_id, start_time_unix_nano);
CREATE INDEX idx_spans_cost_exp_time_cover ON spans (experiment_id, start_time_unix_nano);
CREATE INDEX idx_assessments_exp_trace_ts ON assessments (experiment_id, trace_timestamp_ms);
CREATE INDEX idx_assessments_exp_trace_ts_name ON assessments (experiment_id, trace_timestamp_ms, name);
CREATE INDEX idx_assessments_exp_name_valid ON assessments (experiment_id, name, valid);
CREATE INDEX index_job_locks_job_id ON job_locks (job_id);
CREATE INDEX index_jobs_status_lease_expires_at ON jobs (status, lease_expires_at);
COMMIT;
