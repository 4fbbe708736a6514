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
INSERT INTO "latest_metrics" VALUES('round_seconds',9.03856845200061798095e+00,1796615630665,200,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('server.c_norm',5.90305957763655117509e-02,1796615630665,200,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('server.step_norm',0.544137089086578,1796615630665,200,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('train_loss',3.08651610900517514579e-01,1796615630665,200,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('val_acc',0.4582,1796615630665,200,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('val_loss',2.09663660278320307384e+00,1796615630665,200,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('test_acc',0.4658,1796615630665,200,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('test_loss',2.05540708923339865421e+00,1796615630665,200,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('best_val_acc',0.4832,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('final_test_acc',0.4754,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('final_val_acc',0.4768,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('total_synthetic',0.0,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('train_seconds',1.96763335751600243386e+03,1796614078638,0,0,'89c1791eba494628b356f47e921480c2');
INSERT INTO "latest_metrics" VALUES('best_val_acc',0.4768,1796614078825,0,0,'49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "latest_metrics" VALUES('trials',1.0,1796614078825,0,0,'49ee070f8cf24ef0a4f74acf09b2ec78');
INSERT INTO "latest_metrics" VALUES('best_val_acc',0.47,1796615630685,0,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('final_test_acc',0.4658,1796615630685,0,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('final_val_acc',0.4582,1796615630685,0,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('total_synthetic',0.0,1796615630685,0,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('train_seconds',1.8434063586399970518e+03,1796615630685,0,0,'8bee24d7f9ee434790c55348e7dfb2bf');
INSERT INTO "latest_metrics" VALUES('best_val_acc',0.4582,1796615630887,0,0,'b9eff6bcbac04e4ab3b958e0a378a0db');
INSERT INTO "latest_metrics" VALUES('trials',1.0,1796615630887,0,0,'b9eff6bcbac04e4ab3b958e0a378a0db');
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
INSERT INTO "metrics" VALUES('round_seconds',9.90074496300076134502e+00,1796614156260,'8bee24d7f9ee434790c55348e7dfb2bf',40,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.5590628780163426903e-02,1796614156260,'8bee24d7f9ee434790c55348e7dfb2bf',40,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.0177868109179841749e-01,1796614156260,'8bee24d7f9ee434790c55348e7dfb2bf',40,0);
INSERT INTO "metrics" VALUES('test_acc',0.3352,1796614156260,'8bee24d7f9ee434790c55348e7dfb2bf',40,0);
INSERT INTO "metrics" VALUES('test_loss',2.10049170532226581187e+00,1796614156260,'8bee24d7f9ee434790c55348e7dfb2bf',40,0);
INSERT INTO "metrics" VALUES('train_loss',4.9395755388975137734e-01,1796614156260,'8bee24d7f9ee434790c55348e7dfb2bf',40,0);
INSERT INTO "metrics" VALUES('val_acc',0.3328,1796614156260,'8bee24d7f9ee434790c55348e7dfb2bf',40,0);
INSERT INTO "metrics" VALUES('val_loss',2.16208674926757815626e+00,1796614156260,'8bee24d7f9ee434790c55348e7dfb2bf',40,0);
INSERT INTO "metrics" VALUES('round_seconds',9.98434755799826234579e+00,1796614166259,'8bee24d7f9ee434790c55348e7dfb2bf',41,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.67231514266626529741e-02,1796614166259,'8bee24d7f9ee434790c55348e7dfb2bf',41,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.01595483178594880868e-01,1796614166259,'8bee24d7f9ee434790c55348e7dfb2bf',41,0);
INSERT INTO "metrics" VALUES('train_loss',5.19348563519716255321e-01,1796614166259,'8bee24d7f9ee434790c55348e7dfb2bf',41,0);
INSERT INTO "metrics" VALUES('val_acc',0.3298,1796614166259,'8bee24d7f9ee434790c55348e7dfb2bf',41,0);
INSERT INTO "metrics" VALUES('val_loss',2.12708817138671868463e+00,1796614166259,'8bee24d7f9ee434790c55348e7dfb2bf',41,0);
INSERT INTO "metrics" VALUES('round_seconds',9.46587923700281,1796614175742,'8bee24d7f9ee434790c55348e7dfb2bf',42,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.70031724649624332856e-02,1796614175742,'8bee24d7f9ee434790c55348e7dfb2bf',42,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.79726759777618427804e-01,1796614175742,'8bee24d7f9ee434790c55348e7dfb2bf',42,0);
INSERT INTO "metrics" VALUES('train_loss',4.86545773253440894112e-01,1796614175742,'8bee24d7f9ee434790c55348e7dfb2bf',42,0);
INSERT INTO "metrics" VALUES('val_acc',0.3306,1796614175742,'8bee24d7f9ee434790c55348e7dfb2bf',42,0);
INSERT INTO "metrics" VALUES('val_loss',2.1979355041503905177e+00,1796614175742,'8bee24d7f9ee434790c55348e7dfb2bf',42,0);
INSERT INTO "metrics" VALUES('round_seconds',9.51985052099917,1796614185281,'8bee24d7f9ee434790c55348e7dfb2bf',43,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.73308217184875779093e-02,1796614185281,'8bee24d7f9ee434790c55348e7dfb2bf',43,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.27506552698510500221e-01,1796614185281,'8bee24d7f9ee434790c55348e7dfb2bf',43,0);
INSERT INTO "metrics" VALUES('train_loss',4.93824347931146601098e-01,1796614185281,'8bee24d7f9ee434790c55348e7dfb2bf',43,0);
INSERT INTO "metrics" VALUES('val_acc',0.341,1796614185281,'8bee24d7f9ee434790c55348e7dfb2bf',43,0);
INSERT INTO "metrics" VALUES('val_loss',2.24511260375976551273e+00,1796614185281,'8bee24d7f9ee434790c55348e7dfb2bf',43,0);
INSERT INTO "metrics" VALUES('round_seconds',1.00829879459997755479e+01,1796614195379,'8bee24d7f9ee434790c55348e7dfb2bf',44,0);
INSERT INTO "metrics" VALUES('server.c_norm',8.18378401869355454056e-02,1796614195379,'8bee24d7f9ee434790c55348e7dfb2bf',44,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.60316780169632555619e-01,1796614195379,'8bee24d7f9ee434790c55348e7dfb2bf',44,0);
INSERT INTO "metrics" VALUES('train_loss',4.90703516919612892088e-01,1796614195379,'8bee24d7f9ee434790c55348e7dfb2bf',44,0);
INSERT INTO "metrics" VALUES('val_acc',0.3354,1796614195379,'8bee24d7f9ee434790c55348e7dfb2bf',44,0);
INSERT INTO "metrics" VALUES('val_loss',2.27483565673828103115e+00,1796614195379,'8bee24d7f9ee434790c55348e7dfb2bf',44,0);
INSERT INTO "metrics" VALUES('round_seconds',1.19101251399988541381e+01,1796614207309,'8bee24d7f9ee434790c55348e7dfb2bf',45,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.36531855742955515742e-02,1796614207309,'8bee24d7f9ee434790c55348e7dfb2bf',45,0);
INSERT INTO "metrics" VALUES('server.step_norm',7.23434185278540642372e-01,1796614207309,'8bee24d7f9ee434790c55348e7dfb2bf',45,0);
INSERT INTO "metrics" VALUES('test_acc',0.3339,1796614207309,'8bee24d7f9ee434790c55348e7dfb2bf',45,0);
INSERT INTO "metrics" VALUES('test_loss',2.37343556823730450489e+00,1796614207309,'8bee24d7f9ee434790c55348e7dfb2bf',45,0);
INSERT INTO "metrics" VALUES('train_loss',4.76253831216692902206e-01,1796614207309,'8bee24d7f9ee434790c55348e7dfb2bf',45,0);
INSERT INTO "metrics" VALUES('val_acc',0.3284,1796614207309,'8bee24d7f9ee434790c55348e7dfb2bf',45,0);
INSERT INTO "metrics" VALUES('val_loss',2.41765963134765637931e+00,1796614207309,'8bee24d7f9ee434790c55348e7dfb2bf',45,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03728335660016455219e+01,1796614217704,'8bee24d7f9ee434790c55348e7dfb2bf',46,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0705739259831606,1796614217704,'8bee24d7f9ee434790c55348e7dfb2bf',46,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.70110818534894,1796614217704,'8bee24d7f9ee434790c55348e7dfb2bf',46,0);
INSERT INTO "metrics" VALUES('train_loss',4.81274766411781351749e-01,1796614217704,'8bee24d7f9ee434790c55348e7dfb2bf',46,0);
INSERT INTO "metrics" VALUES('val_acc',0.3612,1796614217704,'8bee24d7f9ee434790c55348e7dfb2bf',46,0);
INSERT INTO "metrics" VALUES('val_loss',2.10015936889648457963e+00,1796614217704,'8bee24d7f9ee434790c55348e7dfb2bf',46,0);
INSERT INTO "metrics" VALUES('round_seconds',8.94023720599943771958e+00,1796614226660,'8bee24d7f9ee434790c55348e7dfb2bf',47,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.99894776688273628773e-02,1796614226660,'8bee24d7f9ee434790c55348e7dfb2bf',47,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.64848791693572138683e-01,1796614226660,'8bee24d7f9ee434790c55348e7dfb2bf',47,0);
INSERT INTO "metrics" VALUES('train_loss',4.6884490139886736415e-01,1796614226660,'8bee24d7f9ee434790c55348e7dfb2bf',47,0);
INSERT INTO "metrics" VALUES('val_acc',0.3498,1796614226660,'8bee24d7f9ee434790c55348e7dfb2bf',47,0);
INSERT INTO "metrics" VALUES('val_loss',2.01591424560546883526e+00,1796614226660,'8bee24d7f9ee434790c55348e7dfb2bf',47,0);
INSERT INTO "metrics" VALUES('round_seconds',8.67672390900043,1796614235352,'8bee24d7f9ee434790c55348e7dfb2bf',48,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.34732611236309834934e-02,1796614235352,'8bee24d7f9ee434790c55348e7dfb2bf',48,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.79957592477375105666e-01,1796614235352,'8bee24d7f9ee434790c55348e7dfb2bf',48,0);
INSERT INTO "metrics" VALUES('train_loss',4.69866262007951729362e-01,1796614235352,'8bee24d7f9ee434790c55348e7dfb2bf',48,0);
INSERT INTO "metrics" VALUES('val_acc',0.3562,1796614235352,'8bee24d7f9ee434790c55348e7dfb2bf',48,0);
INSERT INTO "metrics" VALUES('val_loss',2.041258984375,1796614235352,'8bee24d7f9ee434790c55348e7dfb2bf',48,0);
INSERT INTO "metrics" VALUES('round_seconds',8.51279644600072,1796614243878,'8bee24d7f9ee434790c55348e7dfb2bf',49,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0583861007548852,1796614243878,'8bee24d7f9ee434790c55348e7dfb2bf',49,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.512789218547464,1796614243878,'8bee24d7f9ee434790c55348e7dfb2bf',49,0);
INSERT INTO "metrics" VALUES('train_loss',4.64583281525969504777e-01,1796614243878,'8bee24d7f9ee434790c55348e7dfb2bf',49,0);
INSERT INTO "metrics" VALUES('val_acc',0.3646,1796614243878,'8bee24d7f9ee434790c55348e7dfb2bf',49,0);
INSERT INTO "metrics" VALUES('val_loss',2.12572341308593770747e+00,1796614243878,'8bee24d7f9ee434790c55348e7dfb2bf',49,0);
INSERT INTO "metrics" VALUES('round_seconds',9.0750349010013451334e+00,1796614252971,'8bee24d7f9ee434790c55348e7dfb2bf',50,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.24221197877004238541e-02,1796614252971,'8bee24d7f9ee434790c55348e7dfb2bf',50,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.513371519739108,1796614252971,'8bee24d7f9ee434790c55348e7dfb2bf',50,0);
INSERT INTO "metrics" VALUES('test_acc',0.3805,1796614252971,'8bee24d7f9ee434790c55348e7dfb2bf',50,0);
INSERT INTO "metrics" VALUES('test_loss',2.07922527160644543542e+00,1796614252971,'8bee24d7f9ee434790c55348e7dfb2bf',50,0);
INSERT INTO "metrics" VALUES('train_loss',4.64974978570938057842e-01,1796614252971,'8bee24d7f9ee434790c55348e7dfb2bf',50,0);
INSERT INTO "metrics" VALUES('val_acc',0.3712,1796614252971,'8bee24d7f9ee434790c55348e7dfb2bf',50,0);
INSERT INTO "metrics" VALUES('val_loss',2.11948656005859392692e+00,1796614252971,'8bee24d7f9ee434790c55348e7dfb2bf',50,0);
INSERT INTO "metrics" VALUES('round_seconds',9.23537130199838429689e+00,1796614262225,'8bee24d7f9ee434790c55348e7dfb2bf',51,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.36694098537149283378e-02,1796614262225,'8bee24d7f9ee434790c55348e7dfb2bf',51,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.72385391980066327022e-01,1796614262225,'8bee24d7f9ee434790c55348e7dfb2bf',51,0);
INSERT INTO "metrics" VALUES('train_loss',4.63775273317098613024e-01,1796614262225,'8bee24d7f9ee434790c55348e7dfb2bf',51,0);
INSERT INTO "metrics" VALUES('val_acc',0.3714,1796614262225,'8bee24d7f9ee434790c55348e7dfb2bf',51,0);
INSERT INTO "metrics" VALUES('val_loss',2.09600579223632799141e+00,1796614262225,'8bee24d7f9ee434790c55348e7dfb2bf',51,0);
INSERT INTO "metrics" VALUES('round_seconds',8.49560407199896872043e+00,1796614270742,'8bee24d7f9ee434790c55348e7dfb2bf',52,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.65519169225641249454e-02,1796614270742,'8bee24d7f9ee434790c55348e7dfb2bf',52,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.625191451322971,1796614270742,'8bee24d7f9ee434790c55348e7dfb2bf',52,0);
INSERT INTO "metrics" VALUES('train_loss',4.61111795916259337158e-01,1796614270742,'8bee24d7f9ee434790c55348e7dfb2bf',52,0);
INSERT INTO "metrics" VALUES('val_acc',0.3572,1796614270742,'8bee24d7f9ee434790c55348e7dfb2bf',52,0);
INSERT INTO "metrics" VALUES('val_loss',2.25816075439453145534e+00,1796614270742,'8bee24d7f9ee434790c55348e7dfb2bf',52,0);
INSERT INTO "metrics" VALUES('round_seconds',8.46520085900192498229e+00,1796614279221,'8bee24d7f9ee434790c55348e7dfb2bf',53,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.13561525393415635454e-02,1796614279221,'8bee24d7f9ee434790c55348e7dfb2bf',53,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.58333851387454260795e-01,1796614279221,'8bee24d7f9ee434790c55348e7dfb2bf',53,0);
INSERT INTO "metrics" VALUES('train_loss',4.58734500708579961969e-01,1796614279221,'8bee24d7f9ee434790c55348e7dfb2bf',53,0);
INSERT INTO "metrics" VALUES('val_acc',0.3664,1796614279221,'8bee24d7f9ee434790c55348e7dfb2bf',53,0);
INSERT INTO "metrics" VALUES('val_loss',2.13392823486328131465e+00,1796614279221,'8bee24d7f9ee434790c55348e7dfb2bf',53,0);
INSERT INTO "metrics" VALUES('round_seconds',8.58583928199732326902e+00,1796614287826,'8bee24d7f9ee434790c55348e7dfb2bf',54,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.60935802395047711232e-02,1796614287826,'8bee24d7f9ee434790c55348e7dfb2bf',54,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.53595150580686179431e-01,1796614287826,'8bee24d7f9ee434790c55348e7dfb2bf',54,0);
INSERT INTO "metrics" VALUES('train_loss',4.68573619022965404123e-01,1796614287826,'8bee24d7f9ee434790c55348e7dfb2bf',54,0);
INSERT INTO "metrics" VALUES('val_acc',0.3528,1796614287826,'8bee24d7f9ee434790c55348e7dfb2bf',54,0);
INSERT INTO "metrics" VALUES('val_loss',2.22875964355468747513e+00,1796614287826,'8bee24d7f9ee434790c55348e7dfb2bf',54,0);
INSERT INTO "metrics" VALUES('round_seconds',1.00539503379986854274e+01,1796614297895,'8bee24d7f9ee434790c55348e7dfb2bf',55,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.65063356289752138916e-02,1796614297895,'8bee24d7f9ee434790c55348e7dfb2bf',55,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.55647539258523148752e-01,1796614297895,'8bee24d7f9ee434790c55348e7dfb2bf',55,0);
INSERT INTO "metrics" VALUES('test_acc',0.3701,1796614297895,'8bee24d7f9ee434790c55348e7dfb2bf',55,0);
INSERT INTO "metrics" VALUES('test_loss',2.07293388366699238289e+00,1796614297895,'8bee24d7f9ee434790c55348e7dfb2bf',55,0);
INSERT INTO "metrics" VALUES('train_loss',4.65467264448404305365e-01,1796614297895,'8bee24d7f9ee434790c55348e7dfb2bf',55,0);
INSERT INTO "metrics" VALUES('val_acc',0.3576,1796614297895,'8bee24d7f9ee434790c55348e7dfb2bf',55,0);
INSERT INTO "metrics" VALUES('val_loss',2.11017973632812516626e+00,1796614297895,'8bee24d7f9ee434790c55348e7dfb2bf',55,0);
INSERT INTO "metrics" VALUES('round_seconds',8.54574789999969652853e+00,1796614306457,'8bee24d7f9ee434790c55348e7dfb2bf',56,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.38806815476947681409e-02,1796614306457,'8bee24d7f9ee434790c55348e7dfb2bf',56,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.9632943903066646385e-01,1796614306457,'8bee24d7f9ee434790c55348e7dfb2bf',56,0);
INSERT INTO "metrics" VALUES('train_loss',4.60120602571964243399e-01,1796614306457,'8bee24d7f9ee434790c55348e7dfb2bf',56,0);
INSERT INTO "metrics" VALUES('val_acc',0.3582,1796614306457,'8bee24d7f9ee434790c55348e7dfb2bf',56,0);
INSERT INTO "metrics" VALUES('val_loss',2.18234152221679700289e+00,1796614306457,'8bee24d7f9ee434790c55348e7dfb2bf',56,0);
INSERT INTO "metrics" VALUES('round_seconds',8.98477528999865171499e+00,1796614315462,'8bee24d7f9ee434790c55348e7dfb2bf',57,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.03053634745337829858e-02,1796614315462,'8bee24d7f9ee434790c55348e7dfb2bf',57,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.67256724423222702391e-01,1796614315462,'8bee24d7f9ee434790c55348e7dfb2bf',57,0);
INSERT INTO "metrics" VALUES('train_loss',4.55270810102224365856e-01,1796614315462,'8bee24d7f9ee434790c55348e7dfb2bf',57,0);
INSERT INTO "metrics" VALUES('val_acc',0.3514,1796614315462,'8bee24d7f9ee434790c55348e7dfb2bf',57,0);
INSERT INTO "metrics" VALUES('val_loss',2.14055961303710917675e+00,1796614315462,'8bee24d7f9ee434790c55348e7dfb2bf',57,0);
INSERT INTO "metrics" VALUES('round_seconds',8.34561757900155498646e+00,1796614323822,'8bee24d7f9ee434790c55348e7dfb2bf',58,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.87638785598439772339e-02,1796614323822,'8bee24d7f9ee434790c55348e7dfb2bf',58,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.04233677824576709269e-01,1796614323822,'8bee24d7f9ee434790c55348e7dfb2bf',58,0);
INSERT INTO "metrics" VALUES('train_loss',4.50300364696979538159e-01,1796614323822,'8bee24d7f9ee434790c55348e7dfb2bf',58,0);
INSERT INTO "metrics" VALUES('val_acc',0.3806,1796614323822,'8bee24d7f9ee434790c55348e7dfb2bf',58,0);
INSERT INTO "metrics" VALUES('val_loss',2.13925078735351581471e+00,1796614323822,'8bee24d7f9ee434790c55348e7dfb2bf',58,0);
INSERT INTO "metrics" VALUES('round_seconds',9.51133039299747906625e+00,1796614333368,'8bee24d7f9ee434790c55348e7dfb2bf',59,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.94438508289364209158e-02,1796614333368,'8bee24d7f9ee434790c55348e7dfb2bf',59,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.08104071442428173455e-01,1796614333368,'8bee24d7f9ee434790c55348e7dfb2bf',59,0);
INSERT INTO "metrics" VALUES('train_loss',4.45863372618556075277e-01,1796614333368,'8bee24d7f9ee434790c55348e7dfb2bf',59,0);
INSERT INTO "metrics" VALUES('val_acc',0.3846,1796614333368,'8bee24d7f9ee434790c55348e7dfb2bf',59,0);
INSERT INTO "metrics" VALUES('val_loss',2.15463510131835933592e+00,1796614333368,'8bee24d7f9ee434790c55348e7dfb2bf',59,0);
INSERT INTO "metrics" VALUES('round_seconds',9.59207144399988465011e+00,1796614342975,'8bee24d7f9ee434790c55348e7dfb2bf',60,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.21233388092164112714e-02,1796614342975,'8bee24d7f9ee434790c55348e7dfb2bf',60,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.6447541858614689314e-01,1796614342975,'8bee24d7f9ee434790c55348e7dfb2bf',60,0);
INSERT INTO "metrics" VALUES('test_acc',0.3717,1796614342975,'8bee24d7f9ee434790c55348e7dfb2bf',60,0);
INSERT INTO "metrics" VALUES('test_loss',2.26966784667968735078e+00,1796614342975,'8bee24d7f9ee434790c55348e7dfb2bf',60,0);
INSERT INTO "metrics" VALUES('train_loss',4.40805383893176971898e-01,1796614342975,'8bee24d7f9ee434790c55348e7dfb2bf',60,0);
INSERT INTO "metrics" VALUES('val_acc',0.367,1796614342975,'8bee24d7f9ee434790c55348e7dfb2bf',60,0);
INSERT INTO "metrics" VALUES('val_loss',2.33957036132812490336e+00,1796614342975,'8bee24d7f9ee434790c55348e7dfb2bf',60,0);
INSERT INTO "metrics" VALUES('round_seconds',8.83822000199870672076e+00,1796614351829,'8bee24d7f9ee434790c55348e7dfb2bf',61,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0666016644747613,1796614351829,'8bee24d7f9ee434790c55348e7dfb2bf',61,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.5414569825614177212e-01,1796614351829,'8bee24d7f9ee434790c55348e7dfb2bf',61,0);
INSERT INTO "metrics" VALUES('train_loss',4.43877884047627402352e-01,1796614351829,'8bee24d7f9ee434790c55348e7dfb2bf',61,0);
INSERT INTO "metrics" VALUES('val_acc',0.3698,1796614351829,'8bee24d7f9ee434790c55348e7dfb2bf',61,0);
INSERT INTO "metrics" VALUES('val_loss',2.25515061645507808307e+00,1796614351829,'8bee24d7f9ee434790c55348e7dfb2bf',61,0);
INSERT INTO "metrics" VALUES('round_seconds',9.92086313199979485943e+00,1796614361766,'8bee24d7f9ee434790c55348e7dfb2bf',62,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.78176335179733746905e-02,1796614361766,'8bee24d7f9ee434790c55348e7dfb2bf',62,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.02443369536235229233e-01,1796614361766,'8bee24d7f9ee434790c55348e7dfb2bf',62,0);
INSERT INTO "metrics" VALUES('train_loss',4.420099896329641731e-01,1796614361766,'8bee24d7f9ee434790c55348e7dfb2bf',62,0);
INSERT INTO "metrics" VALUES('val_acc',0.3542,1796614361766,'8bee24d7f9ee434790c55348e7dfb2bf',62,0);
INSERT INTO "metrics" VALUES('val_loss',2.19502624511718735789e+00,1796614361766,'8bee24d7f9ee434790c55348e7dfb2bf',62,0);
INSERT INTO "metrics" VALUES('round_seconds',1.29349768710017087869e+01,1796614374721,'8bee24d7f9ee434790c55348e7dfb2bf',63,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.26036633194771102717e-02,1796614374721,'8bee24d7f9ee434790c55348e7dfb2bf',63,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.05192339653410571465e-01,1796614374721,'8bee24d7f9ee434790c55348e7dfb2bf',63,0);
INSERT INTO "metrics" VALUES('train_loss',4.49729327849149762563e-01,1796614374721,'8bee24d7f9ee434790c55348e7dfb2bf',63,0);
INSERT INTO "metrics" VALUES('val_acc',0.3364,1796614374721,'8bee24d7f9ee434790c55348e7dfb2bf',63,0);
INSERT INTO "metrics" VALUES('val_loss',2.44243964233398447305e+00,1796614374721,'8bee24d7f9ee434790c55348e7dfb2bf',63,0);
INSERT INTO "metrics" VALUES('round_seconds',1.2271416737999970792e+01,1796614387013,'8bee24d7f9ee434790c55348e7dfb2bf',64,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0719805382922102,1796614387013,'8bee24d7f9ee434790c55348e7dfb2bf',64,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.47712352515899092431e-01,1796614387013,'8bee24d7f9ee434790c55348e7dfb2bf',64,0);
INSERT INTO "metrics" VALUES('train_loss',4.307789696657657319e-01,1796614387013,'8bee24d7f9ee434790c55348e7dfb2bf',64,0);
INSERT INTO "metrics" VALUES('val_acc',0.3946,1796614387013,'8bee24d7f9ee434790c55348e7dfb2bf',64,0);
INSERT INTO "metrics" VALUES('val_loss',2.04069515380859378694e+00,1796614387013,'8bee24d7f9ee434790c55348e7dfb2bf',64,0);
INSERT INTO "metrics" VALUES('round_seconds',1.12031560969990096054e+01,1796614398238,'8bee24d7f9ee434790c55348e7dfb2bf',65,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.72075359201365768457e-02,1796614398238,'8bee24d7f9ee434790c55348e7dfb2bf',65,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.23295498479723208973e-01,1796614398238,'8bee24d7f9ee434790c55348e7dfb2bf',65,0);
INSERT INTO "metrics" VALUES('test_acc',0.4062,1796614398238,'8bee24d7f9ee434790c55348e7dfb2bf',65,0);
INSERT INTO "metrics" VALUES('test_loss',1.96752978820800783488e+00,1796614398238,'8bee24d7f9ee434790c55348e7dfb2bf',65,0);
INSERT INTO "metrics" VALUES('train_loss',4.1782342558175322722e-01,1796614398238,'8bee24d7f9ee434790c55348e7dfb2bf',65,0);
INSERT INTO "metrics" VALUES('val_acc',0.4,1796614398238,'8bee24d7f9ee434790c55348e7dfb2bf',65,0);
INSERT INTO "metrics" VALUES('val_loss',2.01863576660156240905e+00,1796614398238,'8bee24d7f9ee434790c55348e7dfb2bf',65,0);
INSERT INTO "metrics" VALUES('round_seconds',8.89056128499942133203e+00,1796614407147,'8bee24d7f9ee434790c55348e7dfb2bf',66,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.08092360877021209653e-02,1796614407147,'8bee24d7f9ee434790c55348e7dfb2bf',66,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.42398211807534780248e-01,1796614407147,'8bee24d7f9ee434790c55348e7dfb2bf',66,0);
INSERT INTO "metrics" VALUES('train_loss',4.33098095324039422671e-01,1796614407147,'8bee24d7f9ee434790c55348e7dfb2bf',66,0);
INSERT INTO "metrics" VALUES('val_acc',0.3916,1796614407147,'8bee24d7f9ee434790c55348e7dfb2bf',66,0);
INSERT INTO "metrics" VALUES('val_loss',1.97472217407226557916e+00,1796614407147,'8bee24d7f9ee434790c55348e7dfb2bf',66,0);
INSERT INTO "metrics" VALUES('round_seconds',8.87404454699935740791e+00,1796614416037,'8bee24d7f9ee434790c55348e7dfb2bf',67,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0653772878046793,1796614416037,'8bee24d7f9ee434790c55348e7dfb2bf',67,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.46616669024028833945e-01,1796614416037,'8bee24d7f9ee434790c55348e7dfb2bf',67,0);
INSERT INTO "metrics" VALUES('train_loss',4.21182464842796366877e-01,1796614416037,'8bee24d7f9ee434790c55348e7dfb2bf',67,0);
INSERT INTO "metrics" VALUES('val_acc',0.3806,1796614416037,'8bee24d7f9ee434790c55348e7dfb2bf',67,0);
INSERT INTO "metrics" VALUES('val_loss',2.11317677001953141413e+00,1796614416037,'8bee24d7f9ee434790c55348e7dfb2bf',67,0);
INSERT INTO "metrics" VALUES('round_seconds',8.72326600499946,1796614424774,'8bee24d7f9ee434790c55348e7dfb2bf',68,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.26358094482846183836e-02,1796614424774,'8bee24d7f9ee434790c55348e7dfb2bf',68,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.45240721031006181362e-01,1796614424774,'8bee24d7f9ee434790c55348e7dfb2bf',68,0);
INSERT INTO "metrics" VALUES('train_loss',4.27990652700662665974e-01,1796614424774,'8bee24d7f9ee434790c55348e7dfb2bf',68,0);
INSERT INTO "metrics" VALUES('val_acc',0.4096,1796614424774,'8bee24d7f9ee434790c55348e7dfb2bf',68,0);
INSERT INTO "metrics" VALUES('val_loss',1.92670025024414059977e+00,1796614424774,'8bee24d7f9ee434790c55348e7dfb2bf',68,0);
INSERT INTO "metrics" VALUES('round_seconds',9.28438013800041517242e+00,1796614434074,'8bee24d7f9ee434790c55348e7dfb2bf',69,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.1885343561163590198e-02,1796614434074,'8bee24d7f9ee434790c55348e7dfb2bf',69,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.50332095400312804045e-01,1796614434074,'8bee24d7f9ee434790c55348e7dfb2bf',69,0);
INSERT INTO "metrics" VALUES('train_loss',4.25100808720588696498e-01,1796614434074,'8bee24d7f9ee434790c55348e7dfb2bf',69,0);
INSERT INTO "metrics" VALUES('val_acc',0.4092,1796614434074,'8bee24d7f9ee434790c55348e7dfb2bf',69,0);
INSERT INTO "metrics" VALUES('val_loss',1.94112802734375,1796614434074,'8bee24d7f9ee434790c55348e7dfb2bf',69,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0018718933002674021e+01,1796614444107,'8bee24d7f9ee434790c55348e7dfb2bf',70,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.95039061000664781797e-02,1796614444107,'8bee24d7f9ee434790c55348e7dfb2bf',70,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.29301167090107327339e-01,1796614444107,'8bee24d7f9ee434790c55348e7dfb2bf',70,0);
INSERT INTO "metrics" VALUES('test_acc',0.3931,1796614444107,'8bee24d7f9ee434790c55348e7dfb2bf',70,0);
INSERT INTO "metrics" VALUES('test_loss',2.34349973297119129611e+00,1796614444107,'8bee24d7f9ee434790c55348e7dfb2bf',70,0);
INSERT INTO "metrics" VALUES('train_loss',4.20310650142431241338e-01,1796614444107,'8bee24d7f9ee434790c55348e7dfb2bf',70,0);
INSERT INTO "metrics" VALUES('val_acc',0.389,1796614444107,'8bee24d7f9ee434790c55348e7dfb2bf',70,0);
INSERT INTO "metrics" VALUES('val_loss',2.37828341064453141484e+00,1796614444107,'8bee24d7f9ee434790c55348e7dfb2bf',70,0);
INSERT INTO "metrics" VALUES('round_seconds',9.61884685199766,1796614453742,'8bee24d7f9ee434790c55348e7dfb2bf',71,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.57787537207968758812e-02,1796614453742,'8bee24d7f9ee434790c55348e7dfb2bf',71,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.76071903996950296367e-01,1796614453742,'8bee24d7f9ee434790c55348e7dfb2bf',71,0);
INSERT INTO "metrics" VALUES('train_loss',0.428887039910555,1796614453742,'8bee24d7f9ee434790c55348e7dfb2bf',71,0);
INSERT INTO "metrics" VALUES('val_acc',0.3926,1796614453742,'8bee24d7f9ee434790c55348e7dfb2bf',71,0);
INSERT INTO "metrics" VALUES('val_loss',2.28657975463867169096e+00,1796614453742,'8bee24d7f9ee434790c55348e7dfb2bf',71,0);
INSERT INTO "metrics" VALUES('round_seconds',9.68421678300001,1796614463444,'8bee24d7f9ee434790c55348e7dfb2bf',72,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.58286160871772163538e-02,1796614463444,'8bee24d7f9ee434790c55348e7dfb2bf',72,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.25968724450652769242e-01,1796614463444,'8bee24d7f9ee434790c55348e7dfb2bf',72,0);
INSERT INTO "metrics" VALUES('train_loss',4.30467469376921596513e-01,1796614463444,'8bee24d7f9ee434790c55348e7dfb2bf',72,0);
INSERT INTO "metrics" VALUES('val_acc',0.4106,1796614463444,'8bee24d7f9ee434790c55348e7dfb2bf',72,0);
INSERT INTO "metrics" VALUES('val_loss',2.06347555541992200289e+00,1796614463444,'8bee24d7f9ee434790c55348e7dfb2bf',72,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03668121929986227773e+01,1796614473831,'8bee24d7f9ee434790c55348e7dfb2bf',73,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.34685550838461848277e-02,1796614473831,'8bee24d7f9ee434790c55348e7dfb2bf',73,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.65196834789934188236e-01,1796614473831,'8bee24d7f9ee434790c55348e7dfb2bf',73,0);
INSERT INTO "metrics" VALUES('train_loss',4.24391303421258914152e-01,1796614473831,'8bee24d7f9ee434790c55348e7dfb2bf',73,0);
INSERT INTO "metrics" VALUES('val_acc',0.4076,1796614473831,'8bee24d7f9ee434790c55348e7dfb2bf',73,0);
INSERT INTO "metrics" VALUES('val_loss',2.05738308105468759023e+00,1796614473831,'8bee24d7f9ee434790c55348e7dfb2bf',73,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02611755789985181763e+01,1796614484113,'8bee24d7f9ee434790c55348e7dfb2bf',74,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.26679198049552804716e-02,1796614484113,'8bee24d7f9ee434790c55348e7dfb2bf',74,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.4331791539690830195e-01,1796614484113,'8bee24d7f9ee434790c55348e7dfb2bf',74,0);
INSERT INTO "metrics" VALUES('train_loss',4.19530601202845632169e-01,1796614484113,'8bee24d7f9ee434790c55348e7dfb2bf',74,0);
INSERT INTO "metrics" VALUES('val_acc',0.3996,1796614484113,'8bee24d7f9ee434790c55348e7dfb2bf',74,0);
INSERT INTO "metrics" VALUES('val_loss',2.1243124938964843551e+00,1796614484113,'8bee24d7f9ee434790c55348e7dfb2bf',74,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0305186251000122866e+01,1796614494436,'8bee24d7f9ee434790c55348e7dfb2bf',75,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.85756285525473219255e-02,1796614494436,'8bee24d7f9ee434790c55348e7dfb2bf',75,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.319897968148566747e-01,1796614494436,'8bee24d7f9ee434790c55348e7dfb2bf',75,0);
INSERT INTO "metrics" VALUES('test_acc',0.4174,1796614494436,'8bee24d7f9ee434790c55348e7dfb2bf',75,0);
INSERT INTO "metrics" VALUES('test_loss',2.04594089355468744528e+00,1796614494436,'8bee24d7f9ee434790c55348e7dfb2bf',75,0);
INSERT INTO "metrics" VALUES('train_loss',4.09072884663939428939e-01,1796614494436,'8bee24d7f9ee434790c55348e7dfb2bf',75,0);
INSERT INTO "metrics" VALUES('val_acc',0.4178,1796614494436,'8bee24d7f9ee434790c55348e7dfb2bf',75,0);
INSERT INTO "metrics" VALUES('val_loss',2.07283754882812498721e+00,1796614494436,'8bee24d7f9ee434790c55348e7dfb2bf',75,0);
INSERT INTO "metrics" VALUES('round_seconds',9.85198059899994404986e+00,1796614504303,'8bee24d7f9ee434790c55348e7dfb2bf',76,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0756196691925289,1796614504303,'8bee24d7f9ee434790c55348e7dfb2bf',76,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.56042257736855094485e-01,1796614504303,'8bee24d7f9ee434790c55348e7dfb2bf',76,0);
INSERT INTO "metrics" VALUES('train_loss',4.11934598821923125822e-01,1796614504303,'8bee24d7f9ee434790c55348e7dfb2bf',76,0);
INSERT INTO "metrics" VALUES('val_acc',0.379,1796614504303,'8bee24d7f9ee434790c55348e7dfb2bf',76,0);
INSERT INTO "metrics" VALUES('val_loss',2.09144547119140611357e+00,1796614504303,'8bee24d7f9ee434790c55348e7dfb2bf',76,0);
INSERT INTO "metrics" VALUES('round_seconds',9.62440553499982343055e+00,1796614513942,'8bee24d7f9ee434790c55348e7dfb2bf',77,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.93362186460783069819e-02,1796614513942,'8bee24d7f9ee434790c55348e7dfb2bf',77,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.622695529648903,1796614513942,'8bee24d7f9ee434790c55348e7dfb2bf',77,0);
INSERT INTO "metrics" VALUES('train_loss',4.08298557724356692144e-01,1796614513942,'8bee24d7f9ee434790c55348e7dfb2bf',77,0);
INSERT INTO "metrics" VALUES('val_acc',0.3962,1796614513942,'8bee24d7f9ee434790c55348e7dfb2bf',77,0);
INSERT INTO "metrics" VALUES('val_loss',1.99467904052734379405e+00,1796614513942,'8bee24d7f9ee434790c55348e7dfb2bf',77,0);
INSERT INTO "metrics" VALUES('round_seconds',9.41851975799727370031e+00,1796614523375,'8bee24d7f9ee434790c55348e7dfb2bf',78,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0755484182873146,1796614523375,'8bee24d7f9ee434790c55348e7dfb2bf',78,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.01719613074642500905e-01,1796614523375,'8bee24d7f9ee434790c55348e7dfb2bf',78,0);
INSERT INTO "metrics" VALUES('train_loss',4.05868694222234149826e-01,1796614523375,'8bee24d7f9ee434790c55348e7dfb2bf',78,0);
INSERT INTO "metrics" VALUES('val_acc',0.3952,1796614523375,'8bee24d7f9ee434790c55348e7dfb2bf',78,0);
INSERT INTO "metrics" VALUES('val_loss',2.13269240112304681034e+00,1796614523375,'8bee24d7f9ee434790c55348e7dfb2bf',78,0);
INSERT INTO "metrics" VALUES('round_seconds',9.81257130700032575987e+00,1796614533206,'8bee24d7f9ee434790c55348e7dfb2bf',79,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.19164172240434190763e-02,1796614533206,'8bee24d7f9ee434790c55348e7dfb2bf',79,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.45504140318005847909e-01,1796614533206,'8bee24d7f9ee434790c55348e7dfb2bf',79,0);
INSERT INTO "metrics" VALUES('train_loss',4.12469616268873240372e-01,1796614533206,'8bee24d7f9ee434790c55348e7dfb2bf',79,0);
INSERT INTO "metrics" VALUES('val_acc',0.3936,1796614533206,'8bee24d7f9ee434790c55348e7dfb2bf',79,0);
INSERT INTO "metrics" VALUES('val_loss',2.02884400024414057739e+00,1796614533206,'8bee24d7f9ee434790c55348e7dfb2bf',79,0);
INSERT INTO "metrics" VALUES('round_seconds',9.25634364700090372934e+00,1796614542477,'8bee24d7f9ee434790c55348e7dfb2bf',80,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.31054216580875465547e-02,1796614542477,'8bee24d7f9ee434790c55348e7dfb2bf',80,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.31947287197738183373e-01,1796614542477,'8bee24d7f9ee434790c55348e7dfb2bf',80,0);
INSERT INTO "metrics" VALUES('test_acc',0.4066,1796614542477,'8bee24d7f9ee434790c55348e7dfb2bf',80,0);
INSERT INTO "metrics" VALUES('test_loss',2.0347977081298829205e+00,1796614542477,'8bee24d7f9ee434790c55348e7dfb2bf',80,0);
INSERT INTO "metrics" VALUES('train_loss',4.15314174695014914906e-01,1796614542477,'8bee24d7f9ee434790c55348e7dfb2bf',80,0);
INSERT INTO "metrics" VALUES('val_acc',0.3994,1796614542477,'8bee24d7f9ee434790c55348e7dfb2bf',80,0);
INSERT INTO "metrics" VALUES('val_loss',2.07333652954101577137e+00,1796614542477,'8bee24d7f9ee434790c55348e7dfb2bf',80,0);
INSERT INTO "metrics" VALUES('round_seconds',9.4117255169985583052e+00,1796614551904,'8bee24d7f9ee434790c55348e7dfb2bf',81,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.92012486220065919928e-02,1796614551904,'8bee24d7f9ee434790c55348e7dfb2bf',81,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.4929280523807877401e-01,1796614551904,'8bee24d7f9ee434790c55348e7dfb2bf',81,0);
INSERT INTO "metrics" VALUES('train_loss',4.11891134477555709292e-01,1796614551904,'8bee24d7f9ee434790c55348e7dfb2bf',81,0);
INSERT INTO "metrics" VALUES('val_acc',0.3998,1796614551904,'8bee24d7f9ee434790c55348e7dfb2bf',81,0);
INSERT INTO "metrics" VALUES('val_loss',2.0172137207031251016e+00,1796614551904,'8bee24d7f9ee434790c55348e7dfb2bf',81,0);
INSERT INTO "metrics" VALUES('round_seconds',8.68547767099880729801e+00,1796614560607,'8bee24d7f9ee434790c55348e7dfb2bf',82,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.8372091790850783588e-02,1796614560607,'8bee24d7f9ee434790c55348e7dfb2bf',82,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.718415773851162065e-01,1796614560607,'8bee24d7f9ee434790c55348e7dfb2bf',82,0);
INSERT INTO "metrics" VALUES('train_loss',4.04457325326204319981e-01,1796614560607,'8bee24d7f9ee434790c55348e7dfb2bf',82,0);
INSERT INTO "metrics" VALUES('val_acc',0.398,1796614560607,'8bee24d7f9ee434790c55348e7dfb2bf',82,0);
INSERT INTO "metrics" VALUES('val_loss',2.1633771484375,1796614560607,'8bee24d7f9ee434790c55348e7dfb2bf',82,0);
INSERT INTO "metrics" VALUES('round_seconds',9.0747973069992440287e+00,1796614569696,'8bee24d7f9ee434790c55348e7dfb2bf',83,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.49311939826956868726e-02,1796614569696,'8bee24d7f9ee434790c55348e7dfb2bf',83,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.02332811449225347111e-01,1796614569696,'8bee24d7f9ee434790c55348e7dfb2bf',83,0);
INSERT INTO "metrics" VALUES('train_loss',3.98065731060653904549e-01,1796614569696,'8bee24d7f9ee434790c55348e7dfb2bf',83,0);
INSERT INTO "metrics" VALUES('val_acc',0.4084,1796614569696,'8bee24d7f9ee434790c55348e7dfb2bf',83,0);
INSERT INTO "metrics" VALUES('val_loss',2.10600963745117208958e+00,1796614569696,'8bee24d7f9ee434790c55348e7dfb2bf',83,0);
INSERT INTO "metrics" VALUES('round_seconds',8.85919139099860331043e+00,1796614578570,'8bee24d7f9ee434790c55348e7dfb2bf',84,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.98213503270678353951e-02,1796614578570,'8bee24d7f9ee434790c55348e7dfb2bf',84,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.0422811971782941498e-01,1796614578570,'8bee24d7f9ee434790c55348e7dfb2bf',84,0);
INSERT INTO "metrics" VALUES('train_loss',3.94560295616984413324e-01,1796614578570,'8bee24d7f9ee434790c55348e7dfb2bf',84,0);
INSERT INTO "metrics" VALUES('val_acc',0.4038,1796614578570,'8bee24d7f9ee434790c55348e7dfb2bf',84,0);
INSERT INTO "metrics" VALUES('val_loss',2.152726171875,1796614578570,'8bee24d7f9ee434790c55348e7dfb2bf',84,0);
INSERT INTO "metrics" VALUES('round_seconds',9.39992256899859,1796614587988,'8bee24d7f9ee434790c55348e7dfb2bf',85,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.07257241286594201534e-02,1796614587988,'8bee24d7f9ee434790c55348e7dfb2bf',85,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.40946594607639363871e-01,1796614587988,'8bee24d7f9ee434790c55348e7dfb2bf',85,0);
INSERT INTO "metrics" VALUES('test_acc',0.3857,1796614587988,'8bee24d7f9ee434790c55348e7dfb2bf',85,0);
INSERT INTO "metrics" VALUES('test_loss',2.37589384460449215552e+00,1796614587988,'8bee24d7f9ee434790c55348e7dfb2bf',85,0);
INSERT INTO "metrics" VALUES('train_loss',3.95335984565615694563e-01,1796614587988,'8bee24d7f9ee434790c55348e7dfb2bf',85,0);
INSERT INTO "metrics" VALUES('val_acc',0.378,1796614587988,'8bee24d7f9ee434790c55348e7dfb2bf',85,0);
INSERT INTO "metrics" VALUES('val_loss',2.40780955200195334597e+00,1796614587988,'8bee24d7f9ee434790c55348e7dfb2bf',85,0);
INSERT INTO "metrics" VALUES('round_seconds',9.51129376999961095862e+00,1796614597514,'8bee24d7f9ee434790c55348e7dfb2bf',86,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.067145988150409,1796614597514,'8bee24d7f9ee434790c55348e7dfb2bf',86,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.01599083845135718107e-01,1796614597514,'8bee24d7f9ee434790c55348e7dfb2bf',86,0);
INSERT INTO "metrics" VALUES('train_loss',3.98900484791994136557e-01,1796614597514,'8bee24d7f9ee434790c55348e7dfb2bf',86,0);
INSERT INTO "metrics" VALUES('val_acc',0.4344,1796614597514,'8bee24d7f9ee434790c55348e7dfb2bf',86,0);
INSERT INTO "metrics" VALUES('val_loss',1.88233909912109376172e+00,1796614597514,'8bee24d7f9ee434790c55348e7dfb2bf',86,0);
INSERT INTO "metrics" VALUES('round_seconds',1.06653906680003274232e+01,1796614608197,'8bee24d7f9ee434790c55348e7dfb2bf',87,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.05531854626906540506e-02,1796614608197,'8bee24d7f9ee434790c55348e7dfb2bf',87,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.29921345185662251431e-01,1796614608197,'8bee24d7f9ee434790c55348e7dfb2bf',87,0);
INSERT INTO "metrics" VALUES('train_loss',3.90208506079018135892e-01,1796614608197,'8bee24d7f9ee434790c55348e7dfb2bf',87,0);
INSERT INTO "metrics" VALUES('val_acc',0.3934,1796614608197,'8bee24d7f9ee434790c55348e7dfb2bf',87,0);
INSERT INTO "metrics" VALUES('val_loss',2.09442258300781247726e+00,1796614608197,'8bee24d7f9ee434790c55348e7dfb2bf',87,0);
INSERT INTO "metrics" VALUES('round_seconds',1.11544324409987893886e+01,1796614619372,'8bee24d7f9ee434790c55348e7dfb2bf',88,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.21762359678490264536e-02,1796614619372,'8bee24d7f9ee434790c55348e7dfb2bf',88,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.5072915635016728153e-01,1796614619372,'8bee24d7f9ee434790c55348e7dfb2bf',88,0);
INSERT INTO "metrics" VALUES('train_loss',3.97283040531873687939e-01,1796614619372,'8bee24d7f9ee434790c55348e7dfb2bf',88,0);
INSERT INTO "metrics" VALUES('val_acc',0.4156,1796614619372,'8bee24d7f9ee434790c55348e7dfb2bf',88,0);
INSERT INTO "metrics" VALUES('val_loss',2.09382152099609353257e+00,1796614619372,'8bee24d7f9ee434790c55348e7dfb2bf',88,0);
INSERT INTO "metrics" VALUES('round_seconds',1.07623893240015604537e+01,1796614630155,'8bee24d7f9ee434790c55348e7dfb2bf',89,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.22742250380590930958e-02,1796614630155,'8bee24d7f9ee434790c55348e7dfb2bf',89,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.34304114726911860699e-01,1796614630155,'8bee24d7f9ee434790c55348e7dfb2bf',89,0);
INSERT INTO "metrics" VALUES('train_loss',3.91696484581232073907e-01,1796614630155,'8bee24d7f9ee434790c55348e7dfb2bf',89,0);
INSERT INTO "metrics" VALUES('val_acc',0.4422,1796614630155,'8bee24d7f9ee434790c55348e7dfb2bf',89,0);
INSERT INTO "metrics" VALUES('val_loss',1.85276212768554682241e+00,1796614630155,'8bee24d7f9ee434790c55348e7dfb2bf',89,0);
INSERT INTO "metrics" VALUES('round_seconds',1.1116798799997923197e+01,1796614641291,'8bee24d7f9ee434790c55348e7dfb2bf',90,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.41120966251777224531e-02,1796614641291,'8bee24d7f9ee434790c55348e7dfb2bf',90,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.46037110816325887974e-01,1796614641291,'8bee24d7f9ee434790c55348e7dfb2bf',90,0);
INSERT INTO "metrics" VALUES('test_acc',0.4038,1796614641291,'8bee24d7f9ee434790c55348e7dfb2bf',90,0);
INSERT INTO "metrics" VALUES('test_loss',2.12660839080810548651e+00,1796614641291,'8bee24d7f9ee434790c55348e7dfb2bf',90,0);
INSERT INTO "metrics" VALUES('train_loss',3.93859192819446368716e-01,1796614641291,'8bee24d7f9ee434790c55348e7dfb2bf',90,0);
INSERT INTO "metrics" VALUES('val_acc',0.403,1796614641291,'8bee24d7f9ee434790c55348e7dfb2bf',90,0);
INSERT INTO "metrics" VALUES('val_loss',2.16222847900390613418e+00,1796614641291,'8bee24d7f9ee434790c55348e7dfb2bf',90,0);
INSERT INTO "metrics" VALUES('round_seconds',8.87657339100042,1796614650186,'8bee24d7f9ee434790c55348e7dfb2bf',91,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.4416777415196968537e-02,1796614650186,'8bee24d7f9ee434790c55348e7dfb2bf',91,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.66620666242692805347e-01,1796614650186,'8bee24d7f9ee434790c55348e7dfb2bf',91,0);
INSERT INTO "metrics" VALUES('train_loss',3.90244866487979902291e-01,1796614650186,'8bee24d7f9ee434790c55348e7dfb2bf',91,0);
INSERT INTO "metrics" VALUES('val_acc',0.4144,1796614650186,'8bee24d7f9ee434790c55348e7dfb2bf',91,0);
INSERT INTO "metrics" VALUES('val_loss',2.01167916259765622299e+00,1796614650186,'8bee24d7f9ee434790c55348e7dfb2bf',91,0);
INSERT INTO "metrics" VALUES('round_seconds',9.40373414600253454409e+00,1796614659607,'8bee24d7f9ee434790c55348e7dfb2bf',92,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0699045759039748,1796614659607,'8bee24d7f9ee434790c55348e7dfb2bf',92,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.44407262930221347296e-01,1796614659607,'8bee24d7f9ee434790c55348e7dfb2bf',92,0);
INSERT INTO "metrics" VALUES('train_loss',3.78304655724763849722e-01,1796614659607,'8bee24d7f9ee434790c55348e7dfb2bf',92,0);
INSERT INTO "metrics" VALUES('val_acc',0.4074,1796614659607,'8bee24d7f9ee434790c55348e7dfb2bf',92,0);
INSERT INTO "metrics" VALUES('val_loss',2.01677868652343761368e+00,1796614659607,'8bee24d7f9ee434790c55348e7dfb2bf',92,0);
INSERT INTO "metrics" VALUES('round_seconds',1.19333101179981895258e+01,1796614671561,'8bee24d7f9ee434790c55348e7dfb2bf',93,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.85506295290057438007e-02,1796614671561,'8bee24d7f9ee434790c55348e7dfb2bf',93,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.93074382707676650561e-01,1796614671561,'8bee24d7f9ee434790c55348e7dfb2bf',93,0);
INSERT INTO "metrics" VALUES('train_loss',0.392584296527505,1796614671561,'8bee24d7f9ee434790c55348e7dfb2bf',93,0);
INSERT INTO "metrics" VALUES('val_acc',0.4114,1796614671561,'8bee24d7f9ee434790c55348e7dfb2bf',93,0);
INSERT INTO "metrics" VALUES('val_loss',2.01235145263671855175e+00,1796614671561,'8bee24d7f9ee434790c55348e7dfb2bf',93,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03103281459989375439e+01,1796614681892,'8bee24d7f9ee434790c55348e7dfb2bf',94,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.42463503374123695577e-02,1796614681892,'8bee24d7f9ee434790c55348e7dfb2bf',94,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.40760598798404656939e-01,1796614681892,'8bee24d7f9ee434790c55348e7dfb2bf',94,0);
INSERT INTO "metrics" VALUES('train_loss',3.81240448237955498189e-01,1796614681892,'8bee24d7f9ee434790c55348e7dfb2bf',94,0);
INSERT INTO "metrics" VALUES('val_acc',0.4168,1796614681892,'8bee24d7f9ee434790c55348e7dfb2bf',94,0);
INSERT INTO "metrics" VALUES('val_loss',2.11747783813476564418e+00,1796614681892,'8bee24d7f9ee434790c55348e7dfb2bf',94,0);
INSERT INTO "metrics" VALUES('round_seconds',9.38867429099991568364e+00,1796614691296,'8bee24d7f9ee434790c55348e7dfb2bf',95,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.38428793666745153512e-02,1796614691296,'8bee24d7f9ee434790c55348e7dfb2bf',95,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.39097069834807762767e-01,1796614691296,'8bee24d7f9ee434790c55348e7dfb2bf',95,0);
INSERT INTO "metrics" VALUES('test_acc',0.4234,1796614691296,'8bee24d7f9ee434790c55348e7dfb2bf',95,0);
INSERT INTO "metrics" VALUES('test_loss',2.11573545227050763273e+00,1796614691296,'8bee24d7f9ee434790c55348e7dfb2bf',95,0);
INSERT INTO "metrics" VALUES('train_loss',3.8965684578537940208e-01,1796614691296,'8bee24d7f9ee434790c55348e7dfb2bf',95,0);
INSERT INTO "metrics" VALUES('val_acc',0.4164,1796614691296,'8bee24d7f9ee434790c55348e7dfb2bf',95,0);
INSERT INTO "metrics" VALUES('val_loss',2.15987248535156250994e+00,1796614691296,'8bee24d7f9ee434790c55348e7dfb2bf',95,0);
INSERT INTO "metrics" VALUES('round_seconds',9.17264464800246,1796614700484,'8bee24d7f9ee434790c55348e7dfb2bf',96,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.76382958036954168301e-02,1796614700484,'8bee24d7f9ee434790c55348e7dfb2bf',96,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.595294321831406,1796614700484,'8bee24d7f9ee434790c55348e7dfb2bf',96,0);
INSERT INTO "metrics" VALUES('train_loss',3.92017120035886734719e-01,1796614700484,'8bee24d7f9ee434790c55348e7dfb2bf',96,0);
INSERT INTO "metrics" VALUES('val_acc',0.3934,1796614700484,'8bee24d7f9ee434790c55348e7dfb2bf',96,0);
INSERT INTO "metrics" VALUES('val_loss',2.44880795898437497726e+00,1796614700484,'8bee24d7f9ee434790c55348e7dfb2bf',96,0);
INSERT INTO "metrics" VALUES('round_seconds',8.94072882199907326139e+00,1796614709441,'8bee24d7f9ee434790c55348e7dfb2bf',97,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.61139909200032743763e-02,1796614709441,'8bee24d7f9ee434790c55348e7dfb2bf',97,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.92557875609968065511e-01,1796614709441,'8bee24d7f9ee434790c55348e7dfb2bf',97,0);
INSERT INTO "metrics" VALUES('train_loss',3.88474948080778093029e-01,1796614709441,'8bee24d7f9ee434790c55348e7dfb2bf',97,0);
INSERT INTO "metrics" VALUES('val_acc',0.3998,1796614709441,'8bee24d7f9ee434790c55348e7dfb2bf',97,0);
INSERT INTO "metrics" VALUES('val_loss',2.4513102111816404971e+00,1796614709441,'8bee24d7f9ee434790c55348e7dfb2bf',97,0);
INSERT INTO "metrics" VALUES('round_seconds',1.1063452243000938324e+01,1796614720528,'8bee24d7f9ee434790c55348e7dfb2bf',98,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0733530023505949,1796614720528,'8bee24d7f9ee434790c55348e7dfb2bf',98,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.68892285385741081071e-01,1796614720528,'8bee24d7f9ee434790c55348e7dfb2bf',98,0);
INSERT INTO "metrics" VALUES('train_loss',3.74082909819185738253e-01,1796614720528,'8bee24d7f9ee434790c55348e7dfb2bf',98,0);
INSERT INTO "metrics" VALUES('val_acc',0.4094,1796614720528,'8bee24d7f9ee434790c55348e7dfb2bf',98,0);
INSERT INTO "metrics" VALUES('val_loss',2.03329692382812510231e+00,1796614720528,'8bee24d7f9ee434790c55348e7dfb2bf',98,0);
INSERT INTO "metrics" VALUES('round_seconds',11.1351993520002,1796614731689,'8bee24d7f9ee434790c55348e7dfb2bf',99,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.87299639730669653658e-02,1796614731689,'8bee24d7f9ee434790c55348e7dfb2bf',99,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.09321300158823575543e-01,1796614731689,'8bee24d7f9ee434790c55348e7dfb2bf',99,0);
INSERT INTO "metrics" VALUES('train_loss',0.371883328974247,1796614731689,'8bee24d7f9ee434790c55348e7dfb2bf',99,0);
INSERT INTO "metrics" VALUES('val_acc',0.4052,1796614731689,'8bee24d7f9ee434790c55348e7dfb2bf',99,0);
INSERT INTO "metrics" VALUES('val_loss',2.05839000244140635231e+00,1796614731689,'8bee24d7f9ee434790c55348e7dfb2bf',99,0);
INSERT INTO "metrics" VALUES('round_seconds',1.09610068519978085531e+01,1796614742666,'8bee24d7f9ee434790c55348e7dfb2bf',100,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.067480767807511,1796614742666,'8bee24d7f9ee434790c55348e7dfb2bf',100,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.43167150033887269344e-01,1796614742666,'8bee24d7f9ee434790c55348e7dfb2bf',100,0);
INSERT INTO "metrics" VALUES('test_acc',0.4229,1796614742666,'8bee24d7f9ee434790c55348e7dfb2bf',100,0);
INSERT INTO "metrics" VALUES('test_loss',1.98190289611816417014e+00,1796614742666,'8bee24d7f9ee434790c55348e7dfb2bf',100,0);
INSERT INTO "metrics" VALUES('train_loss',3.7107321263730530525e-01,1796614742666,'8bee24d7f9ee434790c55348e7dfb2bf',100,0);
INSERT INTO "metrics" VALUES('val_acc',0.4162,1796614742666,'8bee24d7f9ee434790c55348e7dfb2bf',100,0);
INSERT INTO "metrics" VALUES('val_loss',2.02573269042968728825e+00,1796614742666,'8bee24d7f9ee434790c55348e7dfb2bf',100,0);
INSERT INTO "metrics" VALUES('round_seconds',8.90555700400000205263e+00,1796614751590,'8bee24d7f9ee434790c55348e7dfb2bf',101,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0647319296998384,1796614751590,'8bee24d7f9ee434790c55348e7dfb2bf',101,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.60774157791797733807e-01,1796614751590,'8bee24d7f9ee434790c55348e7dfb2bf',101,0);
INSERT INTO "metrics" VALUES('train_loss',3.76977286637872499586e-01,1796614751590,'8bee24d7f9ee434790c55348e7dfb2bf',101,0);
INSERT INTO "metrics" VALUES('val_acc',0.408,1796614751590,'8bee24d7f9ee434790c55348e7dfb2bf',101,0);
INSERT INTO "metrics" VALUES('val_loss',2.15464235229492206968e+00,1796614751590,'8bee24d7f9ee434790c55348e7dfb2bf',101,0);
INSERT INTO "metrics" VALUES('round_seconds',8.65603520799777470529e+00,1796614760264,'8bee24d7f9ee434790c55348e7dfb2bf',102,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.85433655872047520318e-02,1796614760264,'8bee24d7f9ee434790c55348e7dfb2bf',102,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.77093916337496737334e-01,1796614760264,'8bee24d7f9ee434790c55348e7dfb2bf',102,0);
INSERT INTO "metrics" VALUES('train_loss',3.74324807590842301152e-01,1796614760264,'8bee24d7f9ee434790c55348e7dfb2bf',102,0);
INSERT INTO "metrics" VALUES('val_acc',0.3934,1796614760264,'8bee24d7f9ee434790c55348e7dfb2bf',102,0);
INSERT INTO "metrics" VALUES('val_loss',2.32007473754882820315e+00,1796614760264,'8bee24d7f9ee434790c55348e7dfb2bf',102,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0269460389998130267e+01,1796614770846,'8bee24d7f9ee434790c55348e7dfb2bf',103,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.19993210847752890257e-02,1796614770846,'8bee24d7f9ee434790c55348e7dfb2bf',103,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.84099820567422267636e-01,1796614770846,'8bee24d7f9ee434790c55348e7dfb2bf',103,0);
INSERT INTO "metrics" VALUES('train_loss',3.66401993786990676227e-01,1796614770846,'8bee24d7f9ee434790c55348e7dfb2bf',103,0);
INSERT INTO "metrics" VALUES('val_acc',0.4078,1796614770846,'8bee24d7f9ee434790c55348e7dfb2bf',103,0);
INSERT INTO "metrics" VALUES('val_loss',2.01094918212890627629e+00,1796614770846,'8bee24d7f9ee434790c55348e7dfb2bf',103,0);
INSERT INTO "metrics" VALUES('round_seconds',1.10906989370014343878e+01,1796614781955,'8bee24d7f9ee434790c55348e7dfb2bf',104,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.95842347664582389077e-02,1796614781955,'8bee24d7f9ee434790c55348e7dfb2bf',104,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.38234520343806366327e-01,1796614781955,'8bee24d7f9ee434790c55348e7dfb2bf',104,0);
INSERT INTO "metrics" VALUES('train_loss',3.74695920318961150918e-01,1796614781955,'8bee24d7f9ee434790c55348e7dfb2bf',104,0);
INSERT INTO "metrics" VALUES('val_acc',0.4078,1796614781955,'8bee24d7f9ee434790c55348e7dfb2bf',104,0);
INSERT INTO "metrics" VALUES('val_loss',2.02389818725585923786e+00,1796614781955,'8bee24d7f9ee434790c55348e7dfb2bf',104,0);
INSERT INTO "metrics" VALUES('round_seconds',8.96021482099968125112e+00,1796614790933,'8bee24d7f9ee434790c55348e7dfb2bf',105,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.77356160593289152727e-02,1796614790933,'8bee24d7f9ee434790c55348e7dfb2bf',105,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.43344265150435434819e-01,1796614790933,'8bee24d7f9ee434790c55348e7dfb2bf',105,0);
INSERT INTO "metrics" VALUES('test_acc',0.3852,1796614790933,'8bee24d7f9ee434790c55348e7dfb2bf',105,0);
INSERT INTO "metrics" VALUES('test_loss',2.31128269348144543826e+00,1796614790933,'8bee24d7f9ee434790c55348e7dfb2bf',105,0);
INSERT INTO "metrics" VALUES('train_loss',3.72009099391251762956e-01,1796614790933,'8bee24d7f9ee434790c55348e7dfb2bf',105,0);
INSERT INTO "metrics" VALUES('val_acc',0.386,1796614790933,'8bee24d7f9ee434790c55348e7dfb2bf',105,0);
INSERT INTO "metrics" VALUES('val_loss',2.36056685791015619102e+00,1796614790933,'8bee24d7f9ee434790c55348e7dfb2bf',105,0);
INSERT INTO "metrics" VALUES('round_seconds',8.32169593900107429362e+00,1796614799270,'8bee24d7f9ee434790c55348e7dfb2bf',106,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.09701439592031518843e-02,1796614799270,'8bee24d7f9ee434790c55348e7dfb2bf',106,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.39206692408182197695e-01,1796614799270,'8bee24d7f9ee434790c55348e7dfb2bf',106,0);
INSERT INTO "metrics" VALUES('train_loss',3.75098820353150341766e-01,1796614799270,'8bee24d7f9ee434790c55348e7dfb2bf',106,0);
INSERT INTO "metrics" VALUES('val_acc',0.4032,1796614799270,'8bee24d7f9ee434790c55348e7dfb2bf',106,0);
INSERT INTO "metrics" VALUES('val_loss',2.22050407714843744955e+00,1796614799270,'8bee24d7f9ee434790c55348e7dfb2bf',106,0);
INSERT INTO "metrics" VALUES('round_seconds',8.60967053200147347524e+00,1796614807895,'8bee24d7f9ee434790c55348e7dfb2bf',107,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.05264515281563053594e-02,1796614807895,'8bee24d7f9ee434790c55348e7dfb2bf',107,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.57468504559959776578e-01,1796614807895,'8bee24d7f9ee434790c55348e7dfb2bf',107,0);
INSERT INTO "metrics" VALUES('train_loss',3.71286745974421517058e-01,1796614807895,'8bee24d7f9ee434790c55348e7dfb2bf',107,0);
INSERT INTO "metrics" VALUES('val_acc',0.393,1796614807895,'8bee24d7f9ee434790c55348e7dfb2bf',107,0);
INSERT INTO "metrics" VALUES('val_loss',2.248592883300781331e+00,1796614807895,'8bee24d7f9ee434790c55348e7dfb2bf',107,0);
INSERT INTO "metrics" VALUES('round_seconds',8.79117977300120401196e+00,1796614816704,'8bee24d7f9ee434790c55348e7dfb2bf',108,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.14938976523504104987e-02,1796614816704,'8bee24d7f9ee434790c55348e7dfb2bf',108,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.43954648768891191323e-01,1796614816704,'8bee24d7f9ee434790c55348e7dfb2bf',108,0);
INSERT INTO "metrics" VALUES('train_loss',3.76594764870181730742e-01,1796614816704,'8bee24d7f9ee434790c55348e7dfb2bf',108,0);
INSERT INTO "metrics" VALUES('val_acc',0.4148,1796614816704,'8bee24d7f9ee434790c55348e7dfb2bf',108,0);
INSERT INTO "metrics" VALUES('val_loss',2.23180589599609380258e+00,1796614816704,'8bee24d7f9ee434790c55348e7dfb2bf',108,0);
INSERT INTO "metrics" VALUES('round_seconds',8.91131158999996841885e+00,1796614825630,'8bee24d7f9ee434790c55348e7dfb2bf',109,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.28834915543886269206e-02,1796614825630,'8bee24d7f9ee434790c55348e7dfb2bf',109,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.98761085056273878457e-01,1796614825630,'8bee24d7f9ee434790c55348e7dfb2bf',109,0);
INSERT INTO "metrics" VALUES('train_loss',3.8200053369164477246e-01,1796614825630,'8bee24d7f9ee434790c55348e7dfb2bf',109,0);
INSERT INTO "metrics" VALUES('val_acc',0.4138,1796614825630,'8bee24d7f9ee434790c55348e7dfb2bf',109,0);
INSERT INTO "metrics" VALUES('val_loss',2.10186333618164056247e+00,1796614825630,'8bee24d7f9ee434790c55348e7dfb2bf',109,0);
INSERT INTO "metrics" VALUES('round_seconds',8.85167649799768696539e+00,1796614834497,'8bee24d7f9ee434790c55348e7dfb2bf',110,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.03732115824020898475e-02,1796614834497,'8bee24d7f9ee434790c55348e7dfb2bf',110,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.04405979256700143231e-01,1796614834497,'8bee24d7f9ee434790c55348e7dfb2bf',110,0);
INSERT INTO "metrics" VALUES('test_acc',0.4224,1796614834497,'8bee24d7f9ee434790c55348e7dfb2bf',110,0);
INSERT INTO "metrics" VALUES('test_loss',2.16639095458984387576e+00,1796614834497,'8bee24d7f9ee434790c55348e7dfb2bf',110,0);
INSERT INTO "metrics" VALUES('train_loss',3.7457146062921731211e-01,1796614834497,'8bee24d7f9ee434790c55348e7dfb2bf',110,0);
INSERT INTO "metrics" VALUES('val_acc',0.4142,1796614834497,'8bee24d7f9ee434790c55348e7dfb2bf',110,0);
INSERT INTO "metrics" VALUES('val_loss',2.20341547851562502557e+00,1796614834497,'8bee24d7f9ee434790c55348e7dfb2bf',110,0);
INSERT INTO "metrics" VALUES('round_seconds',7.9892247329989913851e+00,1796614842501,'8bee24d7f9ee434790c55348e7dfb2bf',111,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.72292879872560811271e-02,1796614842501,'8bee24d7f9ee434790c55348e7dfb2bf',111,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.558056607558278,1796614842501,'8bee24d7f9ee434790c55348e7dfb2bf',111,0);
INSERT INTO "metrics" VALUES('train_loss',3.65157425208091745982e-01,1796614842501,'8bee24d7f9ee434790c55348e7dfb2bf',111,0);
INSERT INTO "metrics" VALUES('val_acc',0.4434,1796614842501,'8bee24d7f9ee434790c55348e7dfb2bf',111,0);
INSERT INTO "metrics" VALUES('val_loss',2.004424621582031385e+00,1796614842501,'8bee24d7f9ee434790c55348e7dfb2bf',111,0);
INSERT INTO "metrics" VALUES('round_seconds',8.27850668199971551075e+00,1796614850795,'8bee24d7f9ee434790c55348e7dfb2bf',112,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.063586256283062,1796614850795,'8bee24d7f9ee434790c55348e7dfb2bf',112,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.35835599861007705335e-01,1796614850795,'8bee24d7f9ee434790c55348e7dfb2bf',112,0);
INSERT INTO "metrics" VALUES('train_loss',3.58588540572822078722e-01,1796614850795,'8bee24d7f9ee434790c55348e7dfb2bf',112,0);
INSERT INTO "metrics" VALUES('val_acc',0.414,1796614850795,'8bee24d7f9ee434790c55348e7dfb2bf',112,0);
INSERT INTO "metrics" VALUES('val_loss',2.18836361083984387576e+00,1796614850795,'8bee24d7f9ee434790c55348e7dfb2bf',112,0);
INSERT INTO "metrics" VALUES('round_seconds',8.01445852400138392113e+00,1796614858824,'8bee24d7f9ee434790c55348e7dfb2bf',113,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.11660403320442719321e-02,1796614858824,'8bee24d7f9ee434790c55348e7dfb2bf',113,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.08367163556854850803e-01,1796614858824,'8bee24d7f9ee434790c55348e7dfb2bf',113,0);
INSERT INTO "metrics" VALUES('train_loss',3.61127384403008067081e-01,1796614858824,'8bee24d7f9ee434790c55348e7dfb2bf',113,0);
INSERT INTO "metrics" VALUES('val_acc',0.4216,1796614858824,'8bee24d7f9ee434790c55348e7dfb2bf',113,0);
INSERT INTO "metrics" VALUES('val_loss',2.09538718872070317544e+00,1796614858824,'8bee24d7f9ee434790c55348e7dfb2bf',113,0);
INSERT INTO "metrics" VALUES('round_seconds',7.84653540699946461245e+00,1796614866685,'8bee24d7f9ee434790c55348e7dfb2bf',114,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.36707521185231328786e-02,1796614866685,'8bee24d7f9ee434790c55348e7dfb2bf',114,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.49692062108986800872e-01,1796614866685,'8bee24d7f9ee434790c55348e7dfb2bf',114,0);
INSERT INTO "metrics" VALUES('train_loss',3.59766560982093253073e-01,1796614866685,'8bee24d7f9ee434790c55348e7dfb2bf',114,0);
INSERT INTO "metrics" VALUES('val_acc',0.4108,1796614866685,'8bee24d7f9ee434790c55348e7dfb2bf',114,0);
INSERT INTO "metrics" VALUES('val_loss',2.40875805053710934089e+00,1796614866685,'8bee24d7f9ee434790c55348e7dfb2bf',114,0);
INSERT INTO "metrics" VALUES('round_seconds',8.28286271899924,1796614874983,'8bee24d7f9ee434790c55348e7dfb2bf',115,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.62179240572650651408e-02,1796614874983,'8bee24d7f9ee434790c55348e7dfb2bf',115,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.94449546297035724684e-01,1796614874983,'8bee24d7f9ee434790c55348e7dfb2bf',115,0);
INSERT INTO "metrics" VALUES('test_acc',0.4279,1796614874983,'8bee24d7f9ee434790c55348e7dfb2bf',115,0);
INSERT INTO "metrics" VALUES('test_loss',2.18513392333984368676e+00,1796614874983,'8bee24d7f9ee434790c55348e7dfb2bf',115,0);
INSERT INTO "metrics" VALUES('train_loss',0.353973716865182,1796614874983,'8bee24d7f9ee434790c55348e7dfb2bf',115,0);
INSERT INTO "metrics" VALUES('val_acc',0.4168,1796614874983,'8bee24d7f9ee434790c55348e7dfb2bf',115,0);
INSERT INTO "metrics" VALUES('val_loss',2.23186285400390627131e+00,1796614874983,'8bee24d7f9ee434790c55348e7dfb2bf',115,0);
INSERT INTO "metrics" VALUES('round_seconds',7.88762931499877595342e+00,1796614882886,'8bee24d7f9ee434790c55348e7dfb2bf',116,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.64201296086514431094e-02,1796614882886,'8bee24d7f9ee434790c55348e7dfb2bf',116,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.8074195758049140803e-01,1796614882886,'8bee24d7f9ee434790c55348e7dfb2bf',116,0);
INSERT INTO "metrics" VALUES('train_loss',3.5578206231057646347e-01,1796614882886,'8bee24d7f9ee434790c55348e7dfb2bf',116,0);
INSERT INTO "metrics" VALUES('val_acc',0.4028,1796614882886,'8bee24d7f9ee434790c55348e7dfb2bf',116,0);
INSERT INTO "metrics" VALUES('val_loss',2.38222947387695294096e+00,1796614882886,'8bee24d7f9ee434790c55348e7dfb2bf',116,0);
INSERT INTO "metrics" VALUES('round_seconds',8.15647953100051381625e+00,1796614891058,'8bee24d7f9ee434790c55348e7dfb2bf',117,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.34587150757475687568e-02,1796614891058,'8bee24d7f9ee434790c55348e7dfb2bf',117,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.54996790040627629991e-01,1796614891058,'8bee24d7f9ee434790c55348e7dfb2bf',117,0);
INSERT INTO "metrics" VALUES('train_loss',3.65602462269961847596e-01,1796614891058,'8bee24d7f9ee434790c55348e7dfb2bf',117,0);
INSERT INTO "metrics" VALUES('val_acc',0.4128,1796614891058,'8bee24d7f9ee434790c55348e7dfb2bf',117,0);
INSERT INTO "metrics" VALUES('val_loss',2.08578208618164051557e+00,1796614891058,'8bee24d7f9ee434790c55348e7dfb2bf',117,0);
INSERT INTO "metrics" VALUES('round_seconds',7.8297670920001110062e+00,1796614898902,'8bee24d7f9ee434790c55348e7dfb2bf',118,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.34709111890767541108e-02,1796614898902,'8bee24d7f9ee434790c55348e7dfb2bf',118,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.79900862078342127503e-01,1796614898902,'8bee24d7f9ee434790c55348e7dfb2bf',118,0);
INSERT INTO "metrics" VALUES('train_loss',3.60444643493816219148e-01,1796614898902,'8bee24d7f9ee434790c55348e7dfb2bf',118,0);
INSERT INTO "metrics" VALUES('val_acc',0.4152,1796614898902,'8bee24d7f9ee434790c55348e7dfb2bf',118,0);
INSERT INTO "metrics" VALUES('val_loss',2.2063993103027343956e+00,1796614898902,'8bee24d7f9ee434790c55348e7dfb2bf',118,0);
INSERT INTO "metrics" VALUES('round_seconds',7.92517307600064668804e+00,1796614906842,'8bee24d7f9ee434790c55348e7dfb2bf',119,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.26056675700421838559e-02,1796614906842,'8bee24d7f9ee434790c55348e7dfb2bf',119,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.536765021123702,1796614906842,'8bee24d7f9ee434790c55348e7dfb2bf',119,0);
INSERT INTO "metrics" VALUES('train_loss',3.61241041998118184164e-01,1796614906842,'8bee24d7f9ee434790c55348e7dfb2bf',119,0);
INSERT INTO "metrics" VALUES('val_acc',0.4042,1796614906842,'8bee24d7f9ee434790c55348e7dfb2bf',119,0);
INSERT INTO "metrics" VALUES('val_loss',2.19901840209960930394e+00,1796614906842,'8bee24d7f9ee434790c55348e7dfb2bf',119,0);
INSERT INTO "metrics" VALUES('round_seconds',8.60379711099813,1796614915460,'8bee24d7f9ee434790c55348e7dfb2bf',120,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.89564432136026417285e-02,1796614915460,'8bee24d7f9ee434790c55348e7dfb2bf',120,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.41674116685527784476e-01,1796614915460,'8bee24d7f9ee434790c55348e7dfb2bf',120,0);
INSERT INTO "metrics" VALUES('test_acc',0.4232,1796614915460,'8bee24d7f9ee434790c55348e7dfb2bf',120,0);
INSERT INTO "metrics" VALUES('test_loss',2.15714302673339863858e+00,1796614915460,'8bee24d7f9ee434790c55348e7dfb2bf',120,0);
INSERT INTO "metrics" VALUES('train_loss',0.367347555577457,1796614915460,'8bee24d7f9ee434790c55348e7dfb2bf',120,0);
INSERT INTO "metrics" VALUES('val_acc',0.4182,1796614915460,'8bee24d7f9ee434790c55348e7dfb2bf',120,0);
INSERT INTO "metrics" VALUES('val_loss',2.18680505981445305607e+00,1796614915460,'8bee24d7f9ee434790c55348e7dfb2bf',120,0);
INSERT INTO "metrics" VALUES('round_seconds',7.8265445979996,1796614923302,'8bee24d7f9ee434790c55348e7dfb2bf',121,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.080454233696261368e-02,1796614923302,'8bee24d7f9ee434790c55348e7dfb2bf',121,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.73496561835005191909e-01,1796614923302,'8bee24d7f9ee434790c55348e7dfb2bf',121,0);
INSERT INTO "metrics" VALUES('train_loss',3.52431785907745431796e-01,1796614923302,'8bee24d7f9ee434790c55348e7dfb2bf',121,0);
INSERT INTO "metrics" VALUES('val_acc',0.4168,1796614923302,'8bee24d7f9ee434790c55348e7dfb2bf',121,0);
INSERT INTO "metrics" VALUES('val_loss',2.40588387451171881181e+00,1796614923302,'8bee24d7f9ee434790c55348e7dfb2bf',121,0);
INSERT INTO "metrics" VALUES('round_seconds',8.08314591900125378742e+00,1796614931401,'8bee24d7f9ee434790c55348e7dfb2bf',122,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.02598635688965328371e-02,1796614931401,'8bee24d7f9ee434790c55348e7dfb2bf',122,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.39479219803270271249e-01,1796614931401,'8bee24d7f9ee434790c55348e7dfb2bf',122,0);
INSERT INTO "metrics" VALUES('train_loss',3.61776663761921246642e-01,1796614931401,'8bee24d7f9ee434790c55348e7dfb2bf',122,0);
INSERT INTO "metrics" VALUES('val_acc',0.4282,1796614931401,'8bee24d7f9ee434790c55348e7dfb2bf',122,0);
INSERT INTO "metrics" VALUES('val_loss',2.177974609375,1796614931401,'8bee24d7f9ee434790c55348e7dfb2bf',122,0);
INSERT INTO "metrics" VALUES('round_seconds',8.66257863099963287822e+00,1796614940079,'8bee24d7f9ee434790c55348e7dfb2bf',123,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.05904091013716816771e-02,1796614940079,'8bee24d7f9ee434790c55348e7dfb2bf',123,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.32896048681946599145e-01,1796614940079,'8bee24d7f9ee434790c55348e7dfb2bf',123,0);
INSERT INTO "metrics" VALUES('train_loss',3.51302335200607718235e-01,1796614940079,'8bee24d7f9ee434790c55348e7dfb2bf',123,0);
INSERT INTO "metrics" VALUES('val_acc',0.453,1796614940079,'8bee24d7f9ee434790c55348e7dfb2bf',123,0);
INSERT INTO "metrics" VALUES('val_loss',1.91046557006835926451e+00,1796614940079,'8bee24d7f9ee434790c55348e7dfb2bf',123,0);
INSERT INTO "metrics" VALUES('round_seconds',8.50613916499787592329e+00,1796614948601,'8bee24d7f9ee434790c55348e7dfb2bf',124,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.41092026341668896893e-02,1796614948601,'8bee24d7f9ee434790c55348e7dfb2bf',124,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.549664733969557,1796614948601,'8bee24d7f9ee434790c55348e7dfb2bf',124,0);
INSERT INTO "metrics" VALUES('train_loss',3.48324430556893382959e-01,1796614948601,'8bee24d7f9ee434790c55348e7dfb2bf',124,0);
INSERT INTO "metrics" VALUES('val_acc',0.4376,1796614948601,'8bee24d7f9ee434790c55348e7dfb2bf',124,0);
INSERT INTO "metrics" VALUES('val_loss',1.99230086059570310474e+00,1796614948601,'8bee24d7f9ee434790c55348e7dfb2bf',124,0);
INSERT INTO "metrics" VALUES('round_seconds',8.79784908399960841052e+00,1796614957414,'8bee24d7f9ee434790c55348e7dfb2bf',125,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.8520440205919033727e-02,1796614957414,'8bee24d7f9ee434790c55348e7dfb2bf',125,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.37751556028292831967e-01,1796614957414,'8bee24d7f9ee434790c55348e7dfb2bf',125,0);
INSERT INTO "metrics" VALUES('test_acc',0.4542,1796614957414,'8bee24d7f9ee434790c55348e7dfb2bf',125,0);
INSERT INTO "metrics" VALUES('test_loss',1.87568131713867192189e+00,1796614957414,'8bee24d7f9ee434790c55348e7dfb2bf',125,0);
INSERT INTO "metrics" VALUES('train_loss',3.41659536490142357045e-01,1796614957414,'8bee24d7f9ee434790c55348e7dfb2bf',125,0);
INSERT INTO "metrics" VALUES('val_acc',0.4546,1796614957414,'8bee24d7f9ee434790c55348e7dfb2bf',125,0);
INSERT INTO "metrics" VALUES('val_loss',1.90060631103515631501e+00,1796614957414,'8bee24d7f9ee434790c55348e7dfb2bf',125,0);
INSERT INTO "metrics" VALUES('round_seconds',8.05885275299806380644e+00,1796614965489,'8bee24d7f9ee434790c55348e7dfb2bf',126,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.48954724500270252462e-02,1796614965489,'8bee24d7f9ee434790c55348e7dfb2bf',126,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.43492279251809096152e-01,1796614965489,'8bee24d7f9ee434790c55348e7dfb2bf',126,0);
INSERT INTO "metrics" VALUES('train_loss',3.43285645136833184043e-01,1796614965489,'8bee24d7f9ee434790c55348e7dfb2bf',126,0);
INSERT INTO "metrics" VALUES('val_acc',0.4342,1796614965489,'8bee24d7f9ee434790c55348e7dfb2bf',126,0);
INSERT INTO "metrics" VALUES('val_loss',2.00749512939453111926e+00,1796614965489,'8bee24d7f9ee434790c55348e7dfb2bf',126,0);
INSERT INTO "metrics" VALUES('round_seconds',8.89528703899850370362e+00,1796614974400,'8bee24d7f9ee434790c55348e7dfb2bf',127,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.05096269166269745687e-02,1796614974400,'8bee24d7f9ee434790c55348e7dfb2bf',127,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.48605095830627775832e-01,1796614974400,'8bee24d7f9ee434790c55348e7dfb2bf',127,0);
INSERT INTO "metrics" VALUES('train_loss',3.5253040138125418812e-01,1796614974400,'8bee24d7f9ee434790c55348e7dfb2bf',127,0);
INSERT INTO "metrics" VALUES('val_acc',0.4546,1796614974400,'8bee24d7f9ee434790c55348e7dfb2bf',127,0);
INSERT INTO "metrics" VALUES('val_loss',2.00407098388671878197e+00,1796614974400,'8bee24d7f9ee434790c55348e7dfb2bf',127,0);
INSERT INTO "metrics" VALUES('round_seconds',1.1067102569999406114e+01,1796614985488,'8bee24d7f9ee434790c55348e7dfb2bf',128,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.3284332932562942231e-02,1796614985488,'8bee24d7f9ee434790c55348e7dfb2bf',128,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.554829874283211,1796614985488,'8bee24d7f9ee434790c55348e7dfb2bf',128,0);
INSERT INTO "metrics" VALUES('train_loss',3.49435670261383057866e-01,1796614985488,'8bee24d7f9ee434790c55348e7dfb2bf',128,0);
INSERT INTO "metrics" VALUES('val_acc',0.4416,1796614985488,'8bee24d7f9ee434790c55348e7dfb2bf',128,0);
INSERT INTO "metrics" VALUES('val_loss',2.14459323730468742752e+00,1796614985488,'8bee24d7f9ee434790c55348e7dfb2bf',128,0);
INSERT INTO "metrics" VALUES('round_seconds',1.14662273290014127269e+01,1796614996978,'8bee24d7f9ee434790c55348e7dfb2bf',129,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.40430391968952600345e-02,1796614996978,'8bee24d7f9ee434790c55348e7dfb2bf',129,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.94323927730809331571e-01,1796614996978,'8bee24d7f9ee434790c55348e7dfb2bf',129,0);
INSERT INTO "metrics" VALUES('train_loss',3.44910836601555359504e-01,1796614996978,'8bee24d7f9ee434790c55348e7dfb2bf',129,0);
INSERT INTO "metrics" VALUES('val_acc',0.4458,1796614996978,'8bee24d7f9ee434790c55348e7dfb2bf',129,0);
INSERT INTO "metrics" VALUES('val_loss',2.20643699951171878836e+00,1796614996978,'8bee24d7f9ee434790c55348e7dfb2bf',129,0);
INSERT INTO "metrics" VALUES('round_seconds',9.98433827400003792718e+00,1796615006977,'8bee24d7f9ee434790c55348e7dfb2bf',130,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0688215464700823,1796615006977,'8bee24d7f9ee434790c55348e7dfb2bf',130,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.4079008996366149109e-01,1796615006977,'8bee24d7f9ee434790c55348e7dfb2bf',130,0);
INSERT INTO "metrics" VALUES('test_acc',0.4269,1796615006977,'8bee24d7f9ee434790c55348e7dfb2bf',130,0);
INSERT INTO "metrics" VALUES('test_loss',2.33851995544433588491e+00,1796615006977,'8bee24d7f9ee434790c55348e7dfb2bf',130,0);
INSERT INTO "metrics" VALUES('train_loss',3.47521671157479339342e-01,1796615006977,'8bee24d7f9ee434790c55348e7dfb2bf',130,0);
INSERT INTO "metrics" VALUES('val_acc',0.4364,1796615006977,'8bee24d7f9ee434790c55348e7dfb2bf',130,0);
INSERT INTO "metrics" VALUES('val_loss',2.37436820678710924781e+00,1796615006977,'8bee24d7f9ee434790c55348e7dfb2bf',130,0);
INSERT INTO "metrics" VALUES('round_seconds',9.41438692599695,1796615016409,'8bee24d7f9ee434790c55348e7dfb2bf',131,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.39107653323395807909e-02,1796615016409,'8bee24d7f9ee434790c55348e7dfb2bf',131,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.596153611493478,1796615016409,'8bee24d7f9ee434790c55348e7dfb2bf',131,0);
INSERT INTO "metrics" VALUES('train_loss',3.4252378710001707418e-01,1796615016409,'8bee24d7f9ee434790c55348e7dfb2bf',131,0);
INSERT INTO "metrics" VALUES('val_acc',0.4222,1796615016409,'8bee24d7f9ee434790c55348e7dfb2bf',131,0);
INSERT INTO "metrics" VALUES('val_loss',2.19690252075195324721e+00,1796615016409,'8bee24d7f9ee434790c55348e7dfb2bf',131,0);
INSERT INTO "metrics" VALUES('round_seconds',8.65566375699927448295e+00,1796615025080,'8bee24d7f9ee434790c55348e7dfb2bf',132,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.88089389656295813413e-02,1796615025080,'8bee24d7f9ee434790c55348e7dfb2bf',132,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.09151949980398699224e-01,1796615025080,'8bee24d7f9ee434790c55348e7dfb2bf',132,0);
INSERT INTO "metrics" VALUES('train_loss',3.46699619413912307752e-01,1796615025080,'8bee24d7f9ee434790c55348e7dfb2bf',132,0);
INSERT INTO "metrics" VALUES('val_acc',0.4362,1796615025080,'8bee24d7f9ee434790c55348e7dfb2bf',132,0);
INSERT INTO "metrics" VALUES('val_loss',2.01128001098632802623e+00,1796615025080,'8bee24d7f9ee434790c55348e7dfb2bf',132,0);
INSERT INTO "metrics" VALUES('round_seconds',9.04607888800092,1796615034141,'8bee24d7f9ee434790c55348e7dfb2bf',133,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.08008377660879048565e-02,1796615034141,'8bee24d7f9ee434790c55348e7dfb2bf',133,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.0236025815932583427e-01,1796615034141,'8bee24d7f9ee434790c55348e7dfb2bf',133,0);
INSERT INTO "metrics" VALUES('train_loss',3.60898538612872354924e-01,1796615034141,'8bee24d7f9ee434790c55348e7dfb2bf',133,0);
INSERT INTO "metrics" VALUES('val_acc',0.4226,1796615034141,'8bee24d7f9ee434790c55348e7dfb2bf',133,0);
INSERT INTO "metrics" VALUES('val_loss',2.06989342651367191905e+00,1796615034141,'8bee24d7f9ee434790c55348e7dfb2bf',133,0);
INSERT INTO "metrics" VALUES('round_seconds',8.33922063999853,1796615042497,'8bee24d7f9ee434790c55348e7dfb2bf',134,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.75657154942316104384e-02,1796615042497,'8bee24d7f9ee434790c55348e7dfb2bf',134,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.17598192639826426564e-01,1796615042497,'8bee24d7f9ee434790c55348e7dfb2bf',134,0);
INSERT INTO "metrics" VALUES('train_loss',3.52459123728275258713e-01,1796615042497,'8bee24d7f9ee434790c55348e7dfb2bf',134,0);
INSERT INTO "metrics" VALUES('val_acc',0.4014,1796615042497,'8bee24d7f9ee434790c55348e7dfb2bf',134,0);
INSERT INTO "metrics" VALUES('val_loss',2.48295454711914054257e+00,1796615042497,'8bee24d7f9ee434790c55348e7dfb2bf',134,0);
INSERT INTO "metrics" VALUES('round_seconds',8.42800585999793838709e+00,1796615050939,'8bee24d7f9ee434790c55348e7dfb2bf',135,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.78108503133228437964e-02,1796615050939,'8bee24d7f9ee434790c55348e7dfb2bf',135,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.24179713648922573909e-01,1796615050939,'8bee24d7f9ee434790c55348e7dfb2bf',135,0);
INSERT INTO "metrics" VALUES('test_acc',0.4175,1796615050939,'8bee24d7f9ee434790c55348e7dfb2bf',135,0);
INSERT INTO "metrics" VALUES('test_loss',2.41320096588134758164e+00,1796615050939,'8bee24d7f9ee434790c55348e7dfb2bf',135,0);
INSERT INTO "metrics" VALUES('train_loss',3.46903291970789451337e-01,1796615050939,'8bee24d7f9ee434790c55348e7dfb2bf',135,0);
INSERT INTO "metrics" VALUES('val_acc',0.409,1796615050939,'8bee24d7f9ee434790c55348e7dfb2bf',135,0);
INSERT INTO "metrics" VALUES('val_loss',2.46455933227539070173e+00,1796615050939,'8bee24d7f9ee434790c55348e7dfb2bf',135,0);
INSERT INTO "metrics" VALUES('round_seconds',7.85051082799691357649e+00,1796615058805,'8bee24d7f9ee434790c55348e7dfb2bf',136,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.43941113162426331806e-02,1796615058805,'8bee24d7f9ee434790c55348e7dfb2bf',136,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.48286322195484787656e-01,1796615058805,'8bee24d7f9ee434790c55348e7dfb2bf',136,0);
INSERT INTO "metrics" VALUES('train_loss',3.54023780068643434404e-01,1796615058805,'8bee24d7f9ee434790c55348e7dfb2bf',136,0);
INSERT INTO "metrics" VALUES('val_acc',0.3964,1796615058805,'8bee24d7f9ee434790c55348e7dfb2bf',136,0);
INSERT INTO "metrics" VALUES('val_loss',2.5384044921875,1796615058805,'8bee24d7f9ee434790c55348e7dfb2bf',136,0);
INSERT INTO "metrics" VALUES('round_seconds',8.36766127800001413561e+00,1796615067187,'8bee24d7f9ee434790c55348e7dfb2bf',137,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.20741105244924790129e-02,1796615067187,'8bee24d7f9ee434790c55348e7dfb2bf',137,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.83221987945966802158e-01,1796615067187,'8bee24d7f9ee434790c55348e7dfb2bf',137,0);
INSERT INTO "metrics" VALUES('train_loss',3.52298855999112148218e-01,1796615067187,'8bee24d7f9ee434790c55348e7dfb2bf',137,0);
INSERT INTO "metrics" VALUES('val_acc',0.4232,1796615067187,'8bee24d7f9ee434790c55348e7dfb2bf',137,0);
INSERT INTO "metrics" VALUES('val_loss',2.55150293579101550278e+00,1796615067187,'8bee24d7f9ee434790c55348e7dfb2bf',137,0);
INSERT INTO "metrics" VALUES('round_seconds',8.41059159799988265149e+00,1796615075615,'8bee24d7f9ee434790c55348e7dfb2bf',138,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.57432122539543528638e-02,1796615075615,'8bee24d7f9ee434790c55348e7dfb2bf',138,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.77504345371162353117e-01,1796615075615,'8bee24d7f9ee434790c55348e7dfb2bf',138,0);
INSERT INTO "metrics" VALUES('train_loss',3.55958467038273718152e-01,1796615075615,'8bee24d7f9ee434790c55348e7dfb2bf',138,0);
INSERT INTO "metrics" VALUES('val_acc',0.4118,1796615075615,'8bee24d7f9ee434790c55348e7dfb2bf',138,0);
INSERT INTO "metrics" VALUES('val_loss',2.37523282470703112068e+00,1796615075615,'8bee24d7f9ee434790c55348e7dfb2bf',138,0);
INSERT INTO "metrics" VALUES('round_seconds',8.92865136999898822978e+00,1796615084561,'8bee24d7f9ee434790c55348e7dfb2bf',139,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.04058651054586259743e-02,1796615084561,'8bee24d7f9ee434790c55348e7dfb2bf',139,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.16277360636348858768e-01,1796615084561,'8bee24d7f9ee434790c55348e7dfb2bf',139,0);
INSERT INTO "metrics" VALUES('train_loss',3.52646003286838538581e-01,1796615084561,'8bee24d7f9ee434790c55348e7dfb2bf',139,0);
INSERT INTO "metrics" VALUES('val_acc',0.4248,1796615084561,'8bee24d7f9ee434790c55348e7dfb2bf',139,0);
INSERT INTO "metrics" VALUES('val_loss',2.30668376464843749573e+00,1796615084561,'8bee24d7f9ee434790c55348e7dfb2bf',139,0);
INSERT INTO "metrics" VALUES('round_seconds',9.39536096800293307751e+00,1796615093974,'8bee24d7f9ee434790c55348e7dfb2bf',140,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.6309477091927984671e-02,1796615093974,'8bee24d7f9ee434790c55348e7dfb2bf',140,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.46066233157779667983e-01,1796615093974,'8bee24d7f9ee434790c55348e7dfb2bf',140,0);
INSERT INTO "metrics" VALUES('test_acc',0.4178,1796615093974,'8bee24d7f9ee434790c55348e7dfb2bf',140,0);
INSERT INTO "metrics" VALUES('test_loss',2.26724666137695329837e+00,1796615093974,'8bee24d7f9ee434790c55348e7dfb2bf',140,0);
INSERT INTO "metrics" VALUES('train_loss',0.340582571246475,1796615093974,'8bee24d7f9ee434790c55348e7dfb2bf',140,0);
INSERT INTO "metrics" VALUES('val_acc',0.4184,1796615093974,'8bee24d7f9ee434790c55348e7dfb2bf',140,0);
INSERT INTO "metrics" VALUES('val_loss',2.32480299072265639281e+00,1796615093974,'8bee24d7f9ee434790c55348e7dfb2bf',140,0);
INSERT INTO "metrics" VALUES('round_seconds',9.06134211199969286099e+00,1796615103053,'8bee24d7f9ee434790c55348e7dfb2bf',141,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.89954168451615121315e-02,1796615103053,'8bee24d7f9ee434790c55348e7dfb2bf',141,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.6555709564911349485e-01,1796615103053,'8bee24d7f9ee434790c55348e7dfb2bf',141,0);
INSERT INTO "metrics" VALUES('train_loss',3.38602251095324768837e-01,1796615103053,'8bee24d7f9ee434790c55348e7dfb2bf',141,0);
INSERT INTO "metrics" VALUES('val_acc',0.4478,1796615103053,'8bee24d7f9ee434790c55348e7dfb2bf',141,0);
INSERT INTO "metrics" VALUES('val_loss',2.04481186523437497015e+00,1796615103053,'8bee24d7f9ee434790c55348e7dfb2bf',141,0);
INSERT INTO "metrics" VALUES('round_seconds',9.60437212299803,1796615112682,'8bee24d7f9ee434790c55348e7dfb2bf',142,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.16282000454253728327e-02,1796615112682,'8bee24d7f9ee434790c55348e7dfb2bf',142,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.00720301739927320383e-01,1796615112682,'8bee24d7f9ee434790c55348e7dfb2bf',142,0);
INSERT INTO "metrics" VALUES('train_loss',3.42664679413437811561e-01,1796615112682,'8bee24d7f9ee434790c55348e7dfb2bf',142,0);
INSERT INTO "metrics" VALUES('val_acc',0.4362,1796615112682,'8bee24d7f9ee434790c55348e7dfb2bf',142,0);
INSERT INTO "metrics" VALUES('val_loss',2.06698170776367184942e+00,1796615112682,'8bee24d7f9ee434790c55348e7dfb2bf',142,0);
INSERT INTO "metrics" VALUES('round_seconds',9.11788223300027311779e+00,1796615121816,'8bee24d7f9ee434790c55348e7dfb2bf',143,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.31563874048361728608e-02,1796615121816,'8bee24d7f9ee434790c55348e7dfb2bf',143,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.530581094211215,1796615121816,'8bee24d7f9ee434790c55348e7dfb2bf',143,0);
INSERT INTO "metrics" VALUES('train_loss',3.39333531130850296619e-01,1796615121816,'8bee24d7f9ee434790c55348e7dfb2bf',143,0);
INSERT INTO "metrics" VALUES('val_acc',0.4332,1796615121816,'8bee24d7f9ee434790c55348e7dfb2bf',143,0);
INSERT INTO "metrics" VALUES('val_loss',2.02590487670898422578e+00,1796615121816,'8bee24d7f9ee434790c55348e7dfb2bf',143,0);
INSERT INTO "metrics" VALUES('round_seconds',9.06335453100109589286e+00,1796615130895,'8bee24d7f9ee434790c55348e7dfb2bf',144,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.80634021873872396835e-02,1796615130895,'8bee24d7f9ee434790c55348e7dfb2bf',144,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.57567692303347905991e-01,1796615130895,'8bee24d7f9ee434790c55348e7dfb2bf',144,0);
INSERT INTO "metrics" VALUES('train_loss',3.45699389247447252948e-01,1796615130895,'8bee24d7f9ee434790c55348e7dfb2bf',144,0);
INSERT INTO "metrics" VALUES('val_acc',0.4238,1796615130895,'8bee24d7f9ee434790c55348e7dfb2bf',144,0);
INSERT INTO "metrics" VALUES('val_loss',2.24911403808593757247e+00,1796615130895,'8bee24d7f9ee434790c55348e7dfb2bf',144,0);
INSERT INTO "metrics" VALUES('round_seconds',1.03091004839989182069e+01,1796615141222,'8bee24d7f9ee434790c55348e7dfb2bf',145,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.94034504879756147799e-02,1796615141222,'8bee24d7f9ee434790c55348e7dfb2bf',145,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.00732763604594510731e-01,1796615141222,'8bee24d7f9ee434790c55348e7dfb2bf',145,0);
INSERT INTO "metrics" VALUES('test_acc',0.4416,1796615141222,'8bee24d7f9ee434790c55348e7dfb2bf',145,0);
INSERT INTO "metrics" VALUES('test_loss',2.0960720367431640021e+00,1796615141222,'8bee24d7f9ee434790c55348e7dfb2bf',145,0);
INSERT INTO "metrics" VALUES('train_loss',3.47011612915992750938e-01,1796615141222,'8bee24d7f9ee434790c55348e7dfb2bf',145,0);
INSERT INTO "metrics" VALUES('val_acc',0.4388,1796615141222,'8bee24d7f9ee434790c55348e7dfb2bf',145,0);
INSERT INTO "metrics" VALUES('val_loss',2.13873706054687495736e+00,1796615141222,'8bee24d7f9ee434790c55348e7dfb2bf',145,0);
INSERT INTO "metrics" VALUES('round_seconds',1.10594520409977121739e+01,1796615152304,'8bee24d7f9ee434790c55348e7dfb2bf',146,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.65365400714310328833e-02,1796615152304,'8bee24d7f9ee434790c55348e7dfb2bf',146,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.29355456847598104808e-01,1796615152304,'8bee24d7f9ee434790c55348e7dfb2bf',146,0);
INSERT INTO "metrics" VALUES('train_loss',0.339732551578749,1796615152304,'8bee24d7f9ee434790c55348e7dfb2bf',146,0);
INSERT INTO "metrics" VALUES('val_acc',0.4502,1796615152304,'8bee24d7f9ee434790c55348e7dfb2bf',146,0);
INSERT INTO "metrics" VALUES('val_loss',2.19939538574218751421e+00,1796615152304,'8bee24d7f9ee434790c55348e7dfb2bf',146,0);
INSERT INTO "metrics" VALUES('round_seconds',1.04842840309975144914e+01,1796615162808,'8bee24d7f9ee434790c55348e7dfb2bf',147,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0652207754139196,1796615162808,'8bee24d7f9ee434790c55348e7dfb2bf',147,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.542881414750294,1796615162808,'8bee24d7f9ee434790c55348e7dfb2bf',147,0);
INSERT INTO "metrics" VALUES('train_loss',3.42862867039293139903e-01,1796615162808,'8bee24d7f9ee434790c55348e7dfb2bf',147,0);
INSERT INTO "metrics" VALUES('val_acc',0.453,1796615162808,'8bee24d7f9ee434790c55348e7dfb2bf',147,0);
INSERT INTO "metrics" VALUES('val_loss',2.17193918457031243107e+00,1796615162808,'8bee24d7f9ee434790c55348e7dfb2bf',147,0);
INSERT INTO "metrics" VALUES('round_seconds',9.90558253899871488101e+00,1796615172738,'8bee24d7f9ee434790c55348e7dfb2bf',148,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.38233001709224284647e-02,1796615172738,'8bee24d7f9ee434790c55348e7dfb2bf',148,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.01870465091894901732e-01,1796615172738,'8bee24d7f9ee434790c55348e7dfb2bf',148,0);
INSERT INTO "metrics" VALUES('train_loss',3.39589838613271743916e-01,1796615172738,'8bee24d7f9ee434790c55348e7dfb2bf',148,0);
INSERT INTO "metrics" VALUES('val_acc',0.4542,1796615172738,'8bee24d7f9ee434790c55348e7dfb2bf',148,0);
INSERT INTO "metrics" VALUES('val_loss',2.2572353332519532465e+00,1796615172738,'8bee24d7f9ee434790c55348e7dfb2bf',148,0);
INSERT INTO "metrics" VALUES('round_seconds',9.54731803800314,1796615182306,'8bee24d7f9ee434790c55348e7dfb2bf',149,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.92295437148354730894e-02,1796615182306,'8bee24d7f9ee434790c55348e7dfb2bf',149,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.49090862718184724577e-01,1796615182306,'8bee24d7f9ee434790c55348e7dfb2bf',149,0);
INSERT INTO "metrics" VALUES('train_loss',3.41818066678941268055e-01,1796615182306,'8bee24d7f9ee434790c55348e7dfb2bf',149,0);
INSERT INTO "metrics" VALUES('val_acc',0.4604,1796615182306,'8bee24d7f9ee434790c55348e7dfb2bf',149,0);
INSERT INTO "metrics" VALUES('val_loss',2.20905515136718744173e+00,1796615182306,'8bee24d7f9ee434790c55348e7dfb2bf',149,0);
INSERT INTO "metrics" VALUES('round_seconds',1.08298724460000812537e+01,1796615193153,'8bee24d7f9ee434790c55348e7dfb2bf',150,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.08045991647429373561e-02,1796615193153,'8bee24d7f9ee434790c55348e7dfb2bf',150,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.29430476137828653904e-01,1796615193153,'8bee24d7f9ee434790c55348e7dfb2bf',150,0);
INSERT INTO "metrics" VALUES('test_acc',0.4209,1796615193153,'8bee24d7f9ee434790c55348e7dfb2bf',150,0);
INSERT INTO "metrics" VALUES('test_loss',2.28180757751464824423e+00,1796615193153,'8bee24d7f9ee434790c55348e7dfb2bf',150,0);
INSERT INTO "metrics" VALUES('train_loss',3.3325451476871970069e-01,1796615193153,'8bee24d7f9ee434790c55348e7dfb2bf',150,0);
INSERT INTO "metrics" VALUES('val_acc',0.416,1796615193153,'8bee24d7f9ee434790c55348e7dfb2bf',150,0);
INSERT INTO "metrics" VALUES('val_loss',2.27317107543945295944e+00,1796615193153,'8bee24d7f9ee434790c55348e7dfb2bf',150,0);
INSERT INTO "metrics" VALUES('round_seconds',9.92228432300180429592e+00,1796615203096,'8bee24d7f9ee434790c55348e7dfb2bf',151,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0729060440431923,1796615203096,'8bee24d7f9ee434790c55348e7dfb2bf',151,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.54969068677120147548e-01,1796615203096,'8bee24d7f9ee434790c55348e7dfb2bf',151,0);
INSERT INTO "metrics" VALUES('train_loss',3.36121933859586663473e-01,1796615203096,'8bee24d7f9ee434790c55348e7dfb2bf',151,0);
INSERT INTO "metrics" VALUES('val_acc',0.4072,1796615203096,'8bee24d7f9ee434790c55348e7dfb2bf',151,0);
INSERT INTO "metrics" VALUES('val_loss',2.33348208618164054684e+00,1796615203096,'8bee24d7f9ee434790c55348e7dfb2bf',151,0);
INSERT INTO "metrics" VALUES('round_seconds',9.84231112700217636302e+00,1796615212960,'8bee24d7f9ee434790c55348e7dfb2bf',152,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.95247392372742439858e-02,1796615212960,'8bee24d7f9ee434790c55348e7dfb2bf',152,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.65523656348054237774e-01,1796615212960,'8bee24d7f9ee434790c55348e7dfb2bf',152,0);
INSERT INTO "metrics" VALUES('train_loss',3.46149422349035729151e-01,1796615212960,'8bee24d7f9ee434790c55348e7dfb2bf',152,0);
INSERT INTO "metrics" VALUES('val_acc',0.4204,1796615212960,'8bee24d7f9ee434790c55348e7dfb2bf',152,0);
INSERT INTO "metrics" VALUES('val_loss',2.23835536499023435297e+00,1796615212960,'8bee24d7f9ee434790c55348e7dfb2bf',152,0);
INSERT INTO "metrics" VALUES('round_seconds',8.83617145099924528039e+00,1796615221813,'8bee24d7f9ee434790c55348e7dfb2bf',153,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.56173282608264601956e-02,1796615221813,'8bee24d7f9ee434790c55348e7dfb2bf',153,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.54050709757707315894e-01,1796615221813,'8bee24d7f9ee434790c55348e7dfb2bf',153,0);
INSERT INTO "metrics" VALUES('train_loss',3.36771444008052367458e-01,1796615221813,'8bee24d7f9ee434790c55348e7dfb2bf',153,0);
INSERT INTO "metrics" VALUES('val_acc',0.4398,1796615221813,'8bee24d7f9ee434790c55348e7dfb2bf',153,0);
INSERT INTO "metrics" VALUES('val_loss',2.11918464355468749715e+00,1796615221813,'8bee24d7f9ee434790c55348e7dfb2bf',153,0);
INSERT INTO "metrics" VALUES('round_seconds',8.17272591299843,1796615230000,'8bee24d7f9ee434790c55348e7dfb2bf',154,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.34887471653441115559e-02,1796615230000,'8bee24d7f9ee434790c55348e7dfb2bf',154,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.70745464533243818117e-01,1796615230000,'8bee24d7f9ee434790c55348e7dfb2bf',154,0);
INSERT INTO "metrics" VALUES('train_loss',3.26989310802519306253e-01,1796615230000,'8bee24d7f9ee434790c55348e7dfb2bf',154,0);
INSERT INTO "metrics" VALUES('val_acc',0.4274,1796615230000,'8bee24d7f9ee434790c55348e7dfb2bf',154,0);
INSERT INTO "metrics" VALUES('val_loss',2.2272541015625,1796615230000,'8bee24d7f9ee434790c55348e7dfb2bf',154,0);
INSERT INTO "metrics" VALUES('round_seconds',8.41813360300147905945e+00,1796615238435,'8bee24d7f9ee434790c55348e7dfb2bf',155,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.08120410813259085203e-02,1796615238435,'8bee24d7f9ee434790c55348e7dfb2bf',155,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.56275229549885619206e-01,1796615238435,'8bee24d7f9ee434790c55348e7dfb2bf',155,0);
INSERT INTO "metrics" VALUES('test_acc',0.4378,1796615238435,'8bee24d7f9ee434790c55348e7dfb2bf',155,0);
INSERT INTO "metrics" VALUES('test_loss',1.98256754455566408523e+00,1796615238435,'8bee24d7f9ee434790c55348e7dfb2bf',155,0);
INSERT INTO "metrics" VALUES('train_loss',3.29739208806753114622e-01,1796615238435,'8bee24d7f9ee434790c55348e7dfb2bf',155,0);
INSERT INTO "metrics" VALUES('val_acc',0.4332,1796615238435,'8bee24d7f9ee434790c55348e7dfb2bf',155,0);
INSERT INTO "metrics" VALUES('val_loss',1.99993801269531257247e+00,1796615238435,'8bee24d7f9ee434790c55348e7dfb2bf',155,0);
INSERT INTO "metrics" VALUES('round_seconds',8.18936445999861462041e+00,1796615246640,'8bee24d7f9ee434790c55348e7dfb2bf',156,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.61517285934799248448e-02,1796615246640,'8bee24d7f9ee434790c55348e7dfb2bf',156,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.68891587528096320802e-01,1796615246640,'8bee24d7f9ee434790c55348e7dfb2bf',156,0);
INSERT INTO "metrics" VALUES('train_loss',0.331516211258024,1796615246640,'8bee24d7f9ee434790c55348e7dfb2bf',156,0);
INSERT INTO "metrics" VALUES('val_acc',0.4138,1796615246640,'8bee24d7f9ee434790c55348e7dfb2bf',156,0);
INSERT INTO "metrics" VALUES('val_loss',2.4378611328125,1796615246640,'8bee24d7f9ee434790c55348e7dfb2bf',156,0);
INSERT INTO "metrics" VALUES('round_seconds',8.20876106200012145563e+00,1796615254863,'8bee24d7f9ee434790c55348e7dfb2bf',157,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.85459189328338630575e-02,1796615254863,'8bee24d7f9ee434790c55348e7dfb2bf',157,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.10303188660946238641e-01,1796615254863,'8bee24d7f9ee434790c55348e7dfb2bf',157,0);
INSERT INTO "metrics" VALUES('train_loss',3.29569711899161343904e-01,1796615254863,'8bee24d7f9ee434790c55348e7dfb2bf',157,0);
INSERT INTO "metrics" VALUES('val_acc',0.4164,1796615254863,'8bee24d7f9ee434790c55348e7dfb2bf',157,0);
INSERT INTO "metrics" VALUES('val_loss',2.31895934448242169167e+00,1796615254863,'8bee24d7f9ee434790c55348e7dfb2bf',157,0);
INSERT INTO "metrics" VALUES('round_seconds',8.13426750299913692288e+00,1796615263016,'8bee24d7f9ee434790c55348e7dfb2bf',158,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.93671183819274533854e-02,1796615263016,'8bee24d7f9ee434790c55348e7dfb2bf',158,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.92241609578368466415e-01,1796615263016,'8bee24d7f9ee434790c55348e7dfb2bf',158,0);
INSERT INTO "metrics" VALUES('train_loss',3.3409169003844263468e-01,1796615263016,'8bee24d7f9ee434790c55348e7dfb2bf',158,0);
INSERT INTO "metrics" VALUES('val_acc',0.4434,1796615263016,'8bee24d7f9ee434790c55348e7dfb2bf',158,0);
INSERT INTO "metrics" VALUES('val_loss',2.134410858154296875e+00,1796615263016,'8bee24d7f9ee434790c55348e7dfb2bf',158,0);
INSERT INTO "metrics" VALUES('round_seconds',8.27276025799801573157e+00,1796615271304,'8bee24d7f9ee434790c55348e7dfb2bf',159,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.41903146575126903883e-02,1796615271304,'8bee24d7f9ee434790c55348e7dfb2bf',159,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.87030389668605656616e-01,1796615271304,'8bee24d7f9ee434790c55348e7dfb2bf',159,0);
INSERT INTO "metrics" VALUES('train_loss',3.39434211008809494369e-01,1796615271304,'8bee24d7f9ee434790c55348e7dfb2bf',159,0);
INSERT INTO "metrics" VALUES('val_acc',0.4266,1796615271304,'8bee24d7f9ee434790c55348e7dfb2bf',159,0);
INSERT INTO "metrics" VALUES('val_loss',2.23013552246093738062e+00,1796615271304,'8bee24d7f9ee434790c55348e7dfb2bf',159,0);
INSERT INTO "metrics" VALUES('round_seconds',8.57302079999863,1796615279896,'8bee24d7f9ee434790c55348e7dfb2bf',160,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.42315469695578095121e-02,1796615279896,'8bee24d7f9ee434790c55348e7dfb2bf',160,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.00394043742331073865e-01,1796615279896,'8bee24d7f9ee434790c55348e7dfb2bf',160,0);
INSERT INTO "metrics" VALUES('test_acc',0.4577,1796615279896,'8bee24d7f9ee434790c55348e7dfb2bf',160,0);
INSERT INTO "metrics" VALUES('test_loss',2.04000660705566394526e+00,1796615279896,'8bee24d7f9ee434790c55348e7dfb2bf',160,0);
INSERT INTO "metrics" VALUES('train_loss',3.25348366173841052617e-01,1796615279896,'8bee24d7f9ee434790c55348e7dfb2bf',160,0);
INSERT INTO "metrics" VALUES('val_acc',0.4532,1796615279896,'8bee24d7f9ee434790c55348e7dfb2bf',160,0);
INSERT INTO "metrics" VALUES('val_loss',2.08298106079101552623e+00,1796615279896,'8bee24d7f9ee434790c55348e7dfb2bf',160,0);
INSERT INTO "metrics" VALUES('round_seconds',8.61524051399828749708e+00,1796615288534,'8bee24d7f9ee434790c55348e7dfb2bf',161,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.20855774572450314074e-02,1796615288534,'8bee24d7f9ee434790c55348e7dfb2bf',161,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.76651611594856894349e-01,1796615288534,'8bee24d7f9ee434790c55348e7dfb2bf',161,0);
INSERT INTO "metrics" VALUES('train_loss',3.34180784691870236269e-01,1796615288534,'8bee24d7f9ee434790c55348e7dfb2bf',161,0);
INSERT INTO "metrics" VALUES('val_acc',0.4584,1796615288534,'8bee24d7f9ee434790c55348e7dfb2bf',161,0);
INSERT INTO "metrics" VALUES('val_loss',2.0380798828125,1796615288534,'8bee24d7f9ee434790c55348e7dfb2bf',161,0);
INSERT INTO "metrics" VALUES('round_seconds',8.12438979799844673834e+00,1796615296674,'8bee24d7f9ee434790c55348e7dfb2bf',162,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.13652677941847141118e-02,1796615296674,'8bee24d7f9ee434790c55348e7dfb2bf',162,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.9727632234844951764e-01,1796615296674,'8bee24d7f9ee434790c55348e7dfb2bf',162,0);
INSERT INTO "metrics" VALUES('train_loss',3.23865300463139937914e-01,1796615296674,'8bee24d7f9ee434790c55348e7dfb2bf',162,0);
INSERT INTO "metrics" VALUES('val_acc',0.436,1796615296674,'8bee24d7f9ee434790c55348e7dfb2bf',162,0);
INSERT INTO "metrics" VALUES('val_loss',2.1175271606445313921e+00,1796615296674,'8bee24d7f9ee434790c55348e7dfb2bf',162,0);
INSERT INTO "metrics" VALUES('round_seconds',8.70263923600214184261e+00,1796615305395,'8bee24d7f9ee434790c55348e7dfb2bf',163,0);
INSERT INTO "metrics" VALUES('server.c_norm',7.467118091279092984e-02,1796615305395,'8bee24d7f9ee434790c55348e7dfb2bf',163,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.2944253218837853403e-01,1796615305395,'8bee24d7f9ee434790c55348e7dfb2bf',163,0);
INSERT INTO "metrics" VALUES('train_loss',3.20515984130799735929e-01,1796615305395,'8bee24d7f9ee434790c55348e7dfb2bf',163,0);
INSERT INTO "metrics" VALUES('val_acc',0.4156,1796615305395,'8bee24d7f9ee434790c55348e7dfb2bf',163,0);
INSERT INTO "metrics" VALUES('val_loss',2.69343427734375,1796615305395,'8bee24d7f9ee434790c55348e7dfb2bf',163,0);
INSERT INTO "metrics" VALUES('round_seconds',8.30266241799836279824e+00,1796615313714,'8bee24d7f9ee434790c55348e7dfb2bf',164,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.47461662017918826439e-02,1796615313714,'8bee24d7f9ee434790c55348e7dfb2bf',164,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.612631969530293,1796615313714,'8bee24d7f9ee434790c55348e7dfb2bf',164,0);
INSERT INTO "metrics" VALUES('train_loss',3.35539506505876827802e-01,1796615313714,'8bee24d7f9ee434790c55348e7dfb2bf',164,0);
INSERT INTO "metrics" VALUES('val_acc',0.4202,1796615313714,'8bee24d7f9ee434790c55348e7dfb2bf',164,0);
INSERT INTO "metrics" VALUES('val_loss',2.42308429565429683805e+00,1796615313714,'8bee24d7f9ee434790c55348e7dfb2bf',164,0);
INSERT INTO "metrics" VALUES('round_seconds',8.68976932599980500526e+00,1796615322423,'8bee24d7f9ee434790c55348e7dfb2bf',165,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.22708314768679882522e-02,1796615322423,'8bee24d7f9ee434790c55348e7dfb2bf',165,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.56206168175937265552e-01,1796615322423,'8bee24d7f9ee434790c55348e7dfb2bf',165,0);
INSERT INTO "metrics" VALUES('test_acc',0.4276,1796615322423,'8bee24d7f9ee434790c55348e7dfb2bf',165,0);
INSERT INTO "metrics" VALUES('test_loss',2.53145396118164045518e+00,1796615322423,'8bee24d7f9ee434790c55348e7dfb2bf',165,0);
INSERT INTO "metrics" VALUES('train_loss',3.27652202615141829866e-01,1796615322423,'8bee24d7f9ee434790c55348e7dfb2bf',165,0);
INSERT INTO "metrics" VALUES('val_acc',0.4314,1796615322423,'8bee24d7f9ee434790c55348e7dfb2bf',165,0);
INSERT INTO "metrics" VALUES('val_loss',2.57960090332031244386e+00,1796615322423,'8bee24d7f9ee434790c55348e7dfb2bf',165,0);
INSERT INTO "metrics" VALUES('round_seconds',7.93181518400160712189e+00,1796615330377,'8bee24d7f9ee434790c55348e7dfb2bf',166,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.39446014097149878496e-02,1796615330377,'8bee24d7f9ee434790c55348e7dfb2bf',166,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.73341460115442291822e-01,1796615330377,'8bee24d7f9ee434790c55348e7dfb2bf',166,0);
INSERT INTO "metrics" VALUES('train_loss',3.25920652054771720074e-01,1796615330377,'8bee24d7f9ee434790c55348e7dfb2bf',166,0);
INSERT INTO "metrics" VALUES('val_acc',0.4524,1796615330377,'8bee24d7f9ee434790c55348e7dfb2bf',166,0);
INSERT INTO "metrics" VALUES('val_loss',2.2083560546875,1796615330377,'8bee24d7f9ee434790c55348e7dfb2bf',166,0);
INSERT INTO "metrics" VALUES('round_seconds',8.07598515499921631999e+00,1796615338468,'8bee24d7f9ee434790c55348e7dfb2bf',167,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.94564278505536564223e-02,1796615338468,'8bee24d7f9ee434790c55348e7dfb2bf',167,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.03505115579587747554e-01,1796615338468,'8bee24d7f9ee434790c55348e7dfb2bf',167,0);
INSERT INTO "metrics" VALUES('train_loss',3.18867223489880557973e-01,1796615338468,'8bee24d7f9ee434790c55348e7dfb2bf',167,0);
INSERT INTO "metrics" VALUES('val_acc',0.434,1796615338468,'8bee24d7f9ee434790c55348e7dfb2bf',167,0);
INSERT INTO "metrics" VALUES('val_loss',2.31441749267578122939e+00,1796615338468,'8bee24d7f9ee434790c55348e7dfb2bf',167,0);
INSERT INTO "metrics" VALUES('round_seconds',8.50190957500308286398e+00,1796615346996,'8bee24d7f9ee434790c55348e7dfb2bf',168,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.0951031680528941492e-02,1796615346996,'8bee24d7f9ee434790c55348e7dfb2bf',168,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.62468086589690718923e-01,1796615346996,'8bee24d7f9ee434790c55348e7dfb2bf',168,0);
INSERT INTO "metrics" VALUES('train_loss',3.32331412442624596348e-01,1796615346996,'8bee24d7f9ee434790c55348e7dfb2bf',168,0);
INSERT INTO "metrics" VALUES('val_acc',0.4274,1796615346996,'8bee24d7f9ee434790c55348e7dfb2bf',168,0);
INSERT INTO "metrics" VALUES('val_loss',2.11473312988281270108e+00,1796615346996,'8bee24d7f9ee434790c55348e7dfb2bf',168,0);
INSERT INTO "metrics" VALUES('round_seconds',8.29195125900150742381e+00,1796615355304,'8bee24d7f9ee434790c55348e7dfb2bf',169,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.6618161923856220874e-02,1796615355304,'8bee24d7f9ee434790c55348e7dfb2bf',169,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.13940674730403723735e-01,1796615355304,'8bee24d7f9ee434790c55348e7dfb2bf',169,0);
INSERT INTO "metrics" VALUES('train_loss',3.16306233636140854414e-01,1796615355304,'8bee24d7f9ee434790c55348e7dfb2bf',169,0);
INSERT INTO "metrics" VALUES('val_acc',0.4196,1796615355304,'8bee24d7f9ee434790c55348e7dfb2bf',169,0);
INSERT INTO "metrics" VALUES('val_loss',2.29169666748046862991e+00,1796615355304,'8bee24d7f9ee434790c55348e7dfb2bf',169,0);
INSERT INTO "metrics" VALUES('round_seconds',8.56131721600104356184e+00,1796615363882,'8bee24d7f9ee434790c55348e7dfb2bf',170,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.67125247651989808361e-02,1796615363882,'8bee24d7f9ee434790c55348e7dfb2bf',170,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.10611975082784219637e-01,1796615363882,'8bee24d7f9ee434790c55348e7dfb2bf',170,0);
INSERT INTO "metrics" VALUES('test_acc',0.4555,1796615363882,'8bee24d7f9ee434790c55348e7dfb2bf',170,0);
INSERT INTO "metrics" VALUES('test_loss',1.94899145507812510125e+00,1796615363882,'8bee24d7f9ee434790c55348e7dfb2bf',170,0);
INSERT INTO "metrics" VALUES('train_loss',3.3015801720947030029e-01,1796615363882,'8bee24d7f9ee434790c55348e7dfb2bf',170,0);
INSERT INTO "metrics" VALUES('val_acc',0.458,1796615363882,'8bee24d7f9ee434790c55348e7dfb2bf',170,0);
INSERT INTO "metrics" VALUES('val_loss',1.97325061035156257283e+00,1796615363882,'8bee24d7f9ee434790c55348e7dfb2bf',170,0);
INSERT INTO "metrics" VALUES('round_seconds',8.70128353999825776554e+00,1796615372600,'8bee24d7f9ee434790c55348e7dfb2bf',171,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.28961807471677264436e-02,1796615372600,'8bee24d7f9ee434790c55348e7dfb2bf',171,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.03794248002116917817e-01,1796615372600,'8bee24d7f9ee434790c55348e7dfb2bf',171,0);
INSERT INTO "metrics" VALUES('train_loss',3.23442586418837274564e-01,1796615372600,'8bee24d7f9ee434790c55348e7dfb2bf',171,0);
INSERT INTO "metrics" VALUES('val_acc',0.4392,1796615372600,'8bee24d7f9ee434790c55348e7dfb2bf',171,0);
INSERT INTO "metrics" VALUES('val_loss',2.1670738098144530781e+00,1796615372600,'8bee24d7f9ee434790c55348e7dfb2bf',171,0);
INSERT INTO "metrics" VALUES('round_seconds',8.71429815599913126789e+00,1796615381333,'8bee24d7f9ee434790c55348e7dfb2bf',172,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0573792720893188,1796615381333,'8bee24d7f9ee434790c55348e7dfb2bf',172,0);
INSERT INTO "metrics" VALUES('server.step_norm',4.9662592256758059106e-01,1796615381333,'8bee24d7f9ee434790c55348e7dfb2bf',172,0);
INSERT INTO "metrics" VALUES('train_loss',3.25785177906230072331e-01,1796615381333,'8bee24d7f9ee434790c55348e7dfb2bf',172,0);
INSERT INTO "metrics" VALUES('val_acc',0.422,1796615381333,'8bee24d7f9ee434790c55348e7dfb2bf',172,0);
INSERT INTO "metrics" VALUES('val_loss',2.41865555419921873792e+00,1796615381333,'8bee24d7f9ee434790c55348e7dfb2bf',172,0);
INSERT INTO "metrics" VALUES('round_seconds',8.65582124499997,1796615390006,'8bee24d7f9ee434790c55348e7dfb2bf',173,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.56297684863029870405e-02,1796615390006,'8bee24d7f9ee434790c55348e7dfb2bf',173,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.01665780577408404461e-01,1796615390006,'8bee24d7f9ee434790c55348e7dfb2bf',173,0);
INSERT INTO "metrics" VALUES('train_loss',3.21804945969879629963e-01,1796615390006,'8bee24d7f9ee434790c55348e7dfb2bf',173,0);
INSERT INTO "metrics" VALUES('val_acc',0.421,1796615390006,'8bee24d7f9ee434790c55348e7dfb2bf',173,0);
INSERT INTO "metrics" VALUES('val_loss',2.63178843383789073939e+00,1796615390006,'8bee24d7f9ee434790c55348e7dfb2bf',173,0);
INSERT INTO "metrics" VALUES('round_seconds',8.24457723399973474442e+00,1796615398267,'8bee24d7f9ee434790c55348e7dfb2bf',174,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.50248997919329241312e-02,1796615398267,'8bee24d7f9ee434790c55348e7dfb2bf',174,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.12964336727313896524e-01,1796615398267,'8bee24d7f9ee434790c55348e7dfb2bf',174,0);
INSERT INTO "metrics" VALUES('train_loss',3.27761819363236395208e-01,1796615398267,'8bee24d7f9ee434790c55348e7dfb2bf',174,0);
INSERT INTO "metrics" VALUES('val_acc',0.4138,1796615398267,'8bee24d7f9ee434790c55348e7dfb2bf',174,0);
INSERT INTO "metrics" VALUES('val_loss',2.62912258911132834526e+00,1796615398267,'8bee24d7f9ee434790c55348e7dfb2bf',174,0);
INSERT INTO "metrics" VALUES('round_seconds',9.97316104699712,1796615408258,'8bee24d7f9ee434790c55348e7dfb2bf',175,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.90134166660090109246e-02,1796615408258,'8bee24d7f9ee434790c55348e7dfb2bf',175,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.43690137185989130763e-01,1796615408258,'8bee24d7f9ee434790c55348e7dfb2bf',175,0);
INSERT INTO "metrics" VALUES('test_acc',0.4326,1796615408258,'8bee24d7f9ee434790c55348e7dfb2bf',175,0);
INSERT INTO "metrics" VALUES('test_loss',2.33056319885253904189e+00,1796615408258,'8bee24d7f9ee434790c55348e7dfb2bf',175,0);
INSERT INTO "metrics" VALUES('train_loss',3.28902956021018322285e-01,1796615408258,'8bee24d7f9ee434790c55348e7dfb2bf',175,0);
INSERT INTO "metrics" VALUES('val_acc',0.4328,1796615408258,'8bee24d7f9ee434790c55348e7dfb2bf',175,0);
INSERT INTO "metrics" VALUES('val_loss',2.33085997314453141626e+00,1796615408258,'8bee24d7f9ee434790c55348e7dfb2bf',175,0);
INSERT INTO "metrics" VALUES('round_seconds',8.9598815589997684583e+00,1796615417235,'8bee24d7f9ee434790c55348e7dfb2bf',176,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.15799624766074429893e-02,1796615417235,'8bee24d7f9ee434790c55348e7dfb2bf',176,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.49626706009916476958e-01,1796615417235,'8bee24d7f9ee434790c55348e7dfb2bf',176,0);
INSERT INTO "metrics" VALUES('train_loss',3.32962850297763901519e-01,1796615417235,'8bee24d7f9ee434790c55348e7dfb2bf',176,0);
INSERT INTO "metrics" VALUES('val_acc',0.426,1796615417235,'8bee24d7f9ee434790c55348e7dfb2bf',176,0);
INSERT INTO "metrics" VALUES('val_loss',2.32264056396484352973e+00,1796615417235,'8bee24d7f9ee434790c55348e7dfb2bf',176,0);
INSERT INTO "metrics" VALUES('round_seconds',8.6676796559986541979e+00,1796615425920,'8bee24d7f9ee434790c55348e7dfb2bf',177,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.58531051384588922426e-02,1796615425920,'8bee24d7f9ee434790c55348e7dfb2bf',177,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.33051587429774631488e-01,1796615425920,'8bee24d7f9ee434790c55348e7dfb2bf',177,0);
INSERT INTO "metrics" VALUES('train_loss',3.24048355821967171142e-01,1796615425920,'8bee24d7f9ee434790c55348e7dfb2bf',177,0);
INSERT INTO "metrics" VALUES('val_acc',0.4338,1796615425920,'8bee24d7f9ee434790c55348e7dfb2bf',177,0);
INSERT INTO "metrics" VALUES('val_loss',2.2443865722656251016e+00,1796615425920,'8bee24d7f9ee434790c55348e7dfb2bf',177,0);
INSERT INTO "metrics" VALUES('round_seconds',8.12400215600064257159e+00,1796615434061,'8bee24d7f9ee434790c55348e7dfb2bf',178,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.61749290704376214033e-02,1796615434061,'8bee24d7f9ee434790c55348e7dfb2bf',178,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.83750251581630075214e-01,1796615434061,'8bee24d7f9ee434790c55348e7dfb2bf',178,0);
INSERT INTO "metrics" VALUES('train_loss',3.23377231241501861269e-01,1796615434061,'8bee24d7f9ee434790c55348e7dfb2bf',178,0);
INSERT INTO "metrics" VALUES('val_acc',0.406,1796615434061,'8bee24d7f9ee434790c55348e7dfb2bf',178,0);
INSERT INTO "metrics" VALUES('val_loss',2.47657015991210949223e+00,1796615434061,'8bee24d7f9ee434790c55348e7dfb2bf',178,0);
INSERT INTO "metrics" VALUES('round_seconds',8.62432550500307115726e+00,1796615442701,'8bee24d7f9ee434790c55348e7dfb2bf',179,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.04172511091195310606e-02,1796615442701,'8bee24d7f9ee434790c55348e7dfb2bf',179,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.43338188446797598629e-01,1796615442701,'8bee24d7f9ee434790c55348e7dfb2bf',179,0);
INSERT INTO "metrics" VALUES('train_loss',3.17831079405471728094e-01,1796615442701,'8bee24d7f9ee434790c55348e7dfb2bf',179,0);
INSERT INTO "metrics" VALUES('val_acc',0.4388,1796615442701,'8bee24d7f9ee434790c55348e7dfb2bf',179,0);
INSERT INTO "metrics" VALUES('val_loss',2.20993936157226578131e+00,1796615442701,'8bee24d7f9ee434790c55348e7dfb2bf',179,0);
INSERT INTO "metrics" VALUES('round_seconds',8.70989301000008708797e+00,1796615451428,'8bee24d7f9ee434790c55348e7dfb2bf',180,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.56345163095767153427e-02,1796615451428,'8bee24d7f9ee434790c55348e7dfb2bf',180,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.64267019118159685042e-01,1796615451428,'8bee24d7f9ee434790c55348e7dfb2bf',180,0);
INSERT INTO "metrics" VALUES('test_acc',0.4041,1796615451428,'8bee24d7f9ee434790c55348e7dfb2bf',180,0);
INSERT INTO "metrics" VALUES('test_loss',2.21111189575195332679e+00,1796615451428,'8bee24d7f9ee434790c55348e7dfb2bf',180,0);
INSERT INTO "metrics" VALUES('train_loss',3.24247708251476307594e-01,1796615451428,'8bee24d7f9ee434790c55348e7dfb2bf',180,0);
INSERT INTO "metrics" VALUES('val_acc',0.4044,1796615451428,'8bee24d7f9ee434790c55348e7dfb2bf',180,0);
INSERT INTO "metrics" VALUES('val_loss',2.21687453002929668599e+00,1796615451428,'8bee24d7f9ee434790c55348e7dfb2bf',180,0);
INSERT INTO "metrics" VALUES('round_seconds',7.80324557399944751523e+00,1796615459249,'8bee24d7f9ee434790c55348e7dfb2bf',181,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.2535368349149661471e-02,1796615459249,'8bee24d7f9ee434790c55348e7dfb2bf',181,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.47963566850667271879e-01,1796615459249,'8bee24d7f9ee434790c55348e7dfb2bf',181,0);
INSERT INTO "metrics" VALUES('train_loss',3.07183594083487943038e-01,1796615459249,'8bee24d7f9ee434790c55348e7dfb2bf',181,0);
INSERT INTO "metrics" VALUES('val_acc',0.419,1796615459249,'8bee24d7f9ee434790c55348e7dfb2bf',181,0);
INSERT INTO "metrics" VALUES('val_loss',2.11406002197265641129e+00,1796615459249,'8bee24d7f9ee434790c55348e7dfb2bf',181,0);
INSERT INTO "metrics" VALUES('round_seconds',8.14106675500079290941e+00,1796615467405,'8bee24d7f9ee434790c55348e7dfb2bf',182,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.75669555095224638741e-02,1796615467405,'8bee24d7f9ee434790c55348e7dfb2bf',182,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.19976866332077070076e-01,1796615467405,'8bee24d7f9ee434790c55348e7dfb2bf',182,0);
INSERT INTO "metrics" VALUES('train_loss',0.318505034725368,1796615467405,'8bee24d7f9ee434790c55348e7dfb2bf',182,0);
INSERT INTO "metrics" VALUES('val_acc',0.465,1796615467405,'8bee24d7f9ee434790c55348e7dfb2bf',182,0);
INSERT INTO "metrics" VALUES('val_loss',1.82672260742187497761e+00,1796615467405,'8bee24d7f9ee434790c55348e7dfb2bf',182,0);
INSERT INTO "metrics" VALUES('round_seconds',8.99837043699881178326e+00,1796615476419,'8bee24d7f9ee434790c55348e7dfb2bf',183,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.03692316732384812172e-02,1796615476419,'8bee24d7f9ee434790c55348e7dfb2bf',183,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.23469472937962421177e-01,1796615476419,'8bee24d7f9ee434790c55348e7dfb2bf',183,0);
INSERT INTO "metrics" VALUES('train_loss',3.09026914664506879848e-01,1796615476419,'8bee24d7f9ee434790c55348e7dfb2bf',183,0);
INSERT INTO "metrics" VALUES('val_acc',0.4406,1796615476419,'8bee24d7f9ee434790c55348e7dfb2bf',183,0);
INSERT INTO "metrics" VALUES('val_loss',2.0972074890136718217e+00,1796615476419,'8bee24d7f9ee434790c55348e7dfb2bf',183,0);
INSERT INTO "metrics" VALUES('round_seconds',8.25988692899773,1796615484700,'8bee24d7f9ee434790c55348e7dfb2bf',184,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.72078728435599231927e-02,1796615484700,'8bee24d7f9ee434790c55348e7dfb2bf',184,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.3510223203129314573e-01,1796615484700,'8bee24d7f9ee434790c55348e7dfb2bf',184,0);
INSERT INTO "metrics" VALUES('train_loss',3.20957240500301055341e-01,1796615484700,'8bee24d7f9ee434790c55348e7dfb2bf',184,0);
INSERT INTO "metrics" VALUES('val_acc',0.4596,1796615484700,'8bee24d7f9ee434790c55348e7dfb2bf',184,0);
INSERT INTO "metrics" VALUES('val_loss',2.14291444091796856596e+00,1796615484700,'8bee24d7f9ee434790c55348e7dfb2bf',184,0);
INSERT INTO "metrics" VALUES('round_seconds',8.6941058170014,1796615493417,'8bee24d7f9ee434790c55348e7dfb2bf',185,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.2047585439113359107e-02,1796615493417,'8bee24d7f9ee434790c55348e7dfb2bf',185,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.47756933958751135449e-01,1796615493417,'8bee24d7f9ee434790c55348e7dfb2bf',185,0);
INSERT INTO "metrics" VALUES('test_acc',0.4629,1796615493417,'8bee24d7f9ee434790c55348e7dfb2bf',185,0);
INSERT INTO "metrics" VALUES('test_loss',2.19299870910644534305e+00,1796615493417,'8bee24d7f9ee434790c55348e7dfb2bf',185,0);
INSERT INTO "metrics" VALUES('train_loss',3.14443912408947923164e-01,1796615493417,'8bee24d7f9ee434790c55348e7dfb2bf',185,0);
INSERT INTO "metrics" VALUES('val_acc',0.4614,1796615493417,'8bee24d7f9ee434790c55348e7dfb2bf',185,0);
INSERT INTO "metrics" VALUES('val_loss',2.21240057983398452634e+00,1796615493417,'8bee24d7f9ee434790c55348e7dfb2bf',185,0);
INSERT INTO "metrics" VALUES('round_seconds',9.03882952300045872107e+00,1796615502473,'8bee24d7f9ee434790c55348e7dfb2bf',186,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.43728375105375727471e-02,1796615502473,'8bee24d7f9ee434790c55348e7dfb2bf',186,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.96679095608253495797e-01,1796615502473,'8bee24d7f9ee434790c55348e7dfb2bf',186,0);
INSERT INTO "metrics" VALUES('train_loss',3.18818428910374651596e-01,1796615502473,'8bee24d7f9ee434790c55348e7dfb2bf',186,0);
INSERT INTO "metrics" VALUES('val_acc',0.4426,1796615502473,'8bee24d7f9ee434790c55348e7dfb2bf',186,0);
INSERT INTO "metrics" VALUES('val_loss',2.35626251220703109012e+00,1796615502473,'8bee24d7f9ee434790c55348e7dfb2bf',186,0);
INSERT INTO "metrics" VALUES('round_seconds',7.38068124699930194765e+00,1796615509869,'8bee24d7f9ee434790c55348e7dfb2bf',187,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0629698395478072,1796615509869,'8bee24d7f9ee434790c55348e7dfb2bf',187,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.598212916687879,1796615509869,'8bee24d7f9ee434790c55348e7dfb2bf',187,0);
INSERT INTO "metrics" VALUES('train_loss',3.20733632631003906521e-01,1796615509869,'8bee24d7f9ee434790c55348e7dfb2bf',187,0);
INSERT INTO "metrics" VALUES('val_acc',0.4466,1796615509869,'8bee24d7f9ee434790c55348e7dfb2bf',187,0);
INSERT INTO "metrics" VALUES('val_loss',2.36101370239257812855e+00,1796615509869,'8bee24d7f9ee434790c55348e7dfb2bf',187,0);
INSERT INTO "metrics" VALUES('round_seconds',7.30985738999879686161e+00,1796615517193,'8bee24d7f9ee434790c55348e7dfb2bf',188,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.97831408559623778131e-02,1796615517193,'8bee24d7f9ee434790c55348e7dfb2bf',188,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.35981620652176449226e-01,1796615517193,'8bee24d7f9ee434790c55348e7dfb2bf',188,0);
INSERT INTO "metrics" VALUES('train_loss',0.318208661249876,1796615517193,'8bee24d7f9ee434790c55348e7dfb2bf',188,0);
INSERT INTO "metrics" VALUES('val_acc',0.47,1796615517193,'8bee24d7f9ee434790c55348e7dfb2bf',188,0);
INSERT INTO "metrics" VALUES('val_loss',2.12439340820312505542e+00,1796615517193,'8bee24d7f9ee434790c55348e7dfb2bf',188,0);
INSERT INTO "metrics" VALUES('round_seconds',7.24330175900104222819e+00,1796615524452,'8bee24d7f9ee434790c55348e7dfb2bf',189,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.87071187591212773071e-02,1796615524452,'8bee24d7f9ee434790c55348e7dfb2bf',189,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.24743540332719171637e-01,1796615524452,'8bee24d7f9ee434790c55348e7dfb2bf',189,0);
INSERT INTO "metrics" VALUES('train_loss',3.133217096823454062e-01,1796615524452,'8bee24d7f9ee434790c55348e7dfb2bf',189,0);
INSERT INTO "metrics" VALUES('val_acc',0.431,1796615524452,'8bee24d7f9ee434790c55348e7dfb2bf',189,0);
INSERT INTO "metrics" VALUES('val_loss',2.18573092651367195671e+00,1796615524452,'8bee24d7f9ee434790c55348e7dfb2bf',189,0);
INSERT INTO "metrics" VALUES('round_seconds',7.87962751800296246074e+00,1796615532346,'8bee24d7f9ee434790c55348e7dfb2bf',190,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.48242159721866550992e-02,1796615532346,'8bee24d7f9ee434790c55348e7dfb2bf',190,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.4323613130793291237e-01,1796615532346,'8bee24d7f9ee434790c55348e7dfb2bf',190,0);
INSERT INTO "metrics" VALUES('test_acc',0.4493,1796615532346,'8bee24d7f9ee434790c55348e7dfb2bf',190,0);
INSERT INTO "metrics" VALUES('test_loss',1.90125149841308593856e+00,1796615532346,'8bee24d7f9ee434790c55348e7dfb2bf',190,0);
INSERT INTO "metrics" VALUES('train_loss',3.15133374154567658109e-01,1796615532346,'8bee24d7f9ee434790c55348e7dfb2bf',190,0);
INSERT INTO "metrics" VALUES('val_acc',0.4508,1796615532346,'8bee24d7f9ee434790c55348e7dfb2bf',190,0);
INSERT INTO "metrics" VALUES('val_loss',1.92327617797851568859e+00,1796615532346,'8bee24d7f9ee434790c55348e7dfb2bf',190,0);
INSERT INTO "metrics" VALUES('round_seconds',7.58009544900051,1796615539942,'8bee24d7f9ee434790c55348e7dfb2bf',191,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.74315329750595632285e-02,1796615539942,'8bee24d7f9ee434790c55348e7dfb2bf',191,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.5358617050358926992e-01,1796615539942,'8bee24d7f9ee434790c55348e7dfb2bf',191,0);
INSERT INTO "metrics" VALUES('train_loss',3.14466155921816814533e-01,1796615539942,'8bee24d7f9ee434790c55348e7dfb2bf',191,0);
INSERT INTO "metrics" VALUES('val_acc',0.443,1796615539942,'8bee24d7f9ee434790c55348e7dfb2bf',191,0);
INSERT INTO "metrics" VALUES('val_loss',2.12775557861328135089e+00,1796615539942,'8bee24d7f9ee434790c55348e7dfb2bf',191,0);
INSERT INTO "metrics" VALUES('round_seconds',8.28764202400270733051e+00,1796615548245,'8bee24d7f9ee434790c55348e7dfb2bf',192,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.32144513654162715221e-02,1796615548245,'8bee24d7f9ee434790c55348e7dfb2bf',192,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.67023148920459130195e-01,1796615548245,'8bee24d7f9ee434790c55348e7dfb2bf',192,0);
INSERT INTO "metrics" VALUES('train_loss',3.03770897828638586357e-01,1796615548245,'8bee24d7f9ee434790c55348e7dfb2bf',192,0);
INSERT INTO "metrics" VALUES('val_acc',0.4318,1796615548245,'8bee24d7f9ee434790c55348e7dfb2bf',192,0);
INSERT INTO "metrics" VALUES('val_loss',2.37184473266601569818e+00,1796615548245,'8bee24d7f9ee434790c55348e7dfb2bf',192,0);
INSERT INTO "metrics" VALUES('round_seconds',1.02016978700012259648e+01,1796615558469,'8bee24d7f9ee434790c55348e7dfb2bf',193,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.31578709647122454873e-02,1796615558469,'8bee24d7f9ee434790c55348e7dfb2bf',193,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.543022961113944,1796615558469,'8bee24d7f9ee434790c55348e7dfb2bf',193,0);
INSERT INTO "metrics" VALUES('train_loss',3.11199011190831653639e-01,1796615558469,'8bee24d7f9ee434790c55348e7dfb2bf',193,0);
INSERT INTO "metrics" VALUES('val_acc',0.4376,1796615558469,'8bee24d7f9ee434790c55348e7dfb2bf',193,0);
INSERT INTO "metrics" VALUES('val_loss',2.35268029174804693681e+00,1796615558469,'8bee24d7f9ee434790c55348e7dfb2bf',193,0);
INSERT INTO "metrics" VALUES('round_seconds',1.09839685509978153272e+01,1796615569471,'8bee24d7f9ee434790c55348e7dfb2bf',194,0);
INSERT INTO "metrics" VALUES('server.c_norm',0.0576236032870396,1796615569471,'8bee24d7f9ee434790c55348e7dfb2bf',194,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.35535471847462529737e-01,1796615569471,'8bee24d7f9ee434790c55348e7dfb2bf',194,0);
INSERT INTO "metrics" VALUES('train_loss',3.16806459770500647987e-01,1796615569471,'8bee24d7f9ee434790c55348e7dfb2bf',194,0);
INSERT INTO "metrics" VALUES('val_acc',0.431,1796615569471,'8bee24d7f9ee434790c55348e7dfb2bf',194,0);
INSERT INTO "metrics" VALUES('val_loss',2.35182453002929703345e+00,1796615569471,'8bee24d7f9ee434790c55348e7dfb2bf',194,0);
INSERT INTO "metrics" VALUES('round_seconds',1.0708252898999489844e+01,1796615580206,'8bee24d7f9ee434790c55348e7dfb2bf',195,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.27933618794107167859e-02,1796615580206,'8bee24d7f9ee434790c55348e7dfb2bf',195,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.90770720251022063429e-01,1796615580206,'8bee24d7f9ee434790c55348e7dfb2bf',195,0);
INSERT INTO "metrics" VALUES('test_acc',0.4176,1796615580206,'8bee24d7f9ee434790c55348e7dfb2bf',195,0);
INSERT INTO "metrics" VALUES('test_loss',2.32739113769531247299e+00,1796615580206,'8bee24d7f9ee434790c55348e7dfb2bf',195,0);
INSERT INTO "metrics" VALUES('train_loss',3.13540994053482957593e-01,1796615580206,'8bee24d7f9ee434790c55348e7dfb2bf',195,0);
INSERT INTO "metrics" VALUES('val_acc',0.4152,1796615580206,'8bee24d7f9ee434790c55348e7dfb2bf',195,0);
INSERT INTO "metrics" VALUES('val_loss',2.34380645141601551273e+00,1796615580206,'8bee24d7f9ee434790c55348e7dfb2bf',195,0);
INSERT INTO "metrics" VALUES('round_seconds',1.17483137120034371032e+01,1796615591977,'8bee24d7f9ee434790c55348e7dfb2bf',196,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.52198798442536198383e-02,1796615591977,'8bee24d7f9ee434790c55348e7dfb2bf',196,0);
INSERT INTO "metrics" VALUES('server.step_norm',6.56313229237756590173e-01,1796615591977,'8bee24d7f9ee434790c55348e7dfb2bf',196,0);
INSERT INTO "metrics" VALUES('train_loss',3.08050375393033037951e-01,1796615591977,'8bee24d7f9ee434790c55348e7dfb2bf',196,0);
INSERT INTO "metrics" VALUES('val_acc',0.434,1796615591977,'8bee24d7f9ee434790c55348e7dfb2bf',196,0);
INSERT INTO "metrics" VALUES('val_loss',2.04156695556640643829e+00,1796615591977,'8bee24d7f9ee434790c55348e7dfb2bf',196,0);
INSERT INTO "metrics" VALUES('round_seconds',1.05365609440013940911e+01,1796615602536,'8bee24d7f9ee434790c55348e7dfb2bf',197,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.66262698269936559647e-02,1796615602536,'8bee24d7f9ee434790c55348e7dfb2bf',197,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.71717273106643775193e-01,1796615602536,'8bee24d7f9ee434790c55348e7dfb2bf',197,0);
INSERT INTO "metrics" VALUES('train_loss',3.07979594045287186077e-01,1796615602536,'8bee24d7f9ee434790c55348e7dfb2bf',197,0);
INSERT INTO "metrics" VALUES('val_acc',0.418,1796615602536,'8bee24d7f9ee434790c55348e7dfb2bf',197,0);
INSERT INTO "metrics" VALUES('val_loss',2.3197745605468749197e+00,1796615602536,'8bee24d7f9ee434790c55348e7dfb2bf',197,0);
INSERT INTO "metrics" VALUES('round_seconds',9.84670725499745458364e+00,1796615612400,'8bee24d7f9ee434790c55348e7dfb2bf',198,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.18884352825422590083e-02,1796615612400,'8bee24d7f9ee434790c55348e7dfb2bf',198,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.36479187057058548582e-01,1796615612400,'8bee24d7f9ee434790c55348e7dfb2bf',198,0);
INSERT INTO "metrics" VALUES('train_loss',2.99605808936953488252e-01,1796615612400,'8bee24d7f9ee434790c55348e7dfb2bf',198,0);
INSERT INTO "metrics" VALUES('val_acc',0.4638,1796615612400,'8bee24d7f9ee434790c55348e7dfb2bf',198,0);
INSERT INTO "metrics" VALUES('val_loss',1.96833981323242190875e+00,1796615612400,'8bee24d7f9ee434790c55348e7dfb2bf',198,0);
INSERT INTO "metrics" VALUES('round_seconds',9.18408728600115864537e+00,1796615621607,'8bee24d7f9ee434790c55348e7dfb2bf',199,0);
INSERT INTO "metrics" VALUES('server.c_norm',6.50643166017534912981e-02,1796615621607,'8bee24d7f9ee434790c55348e7dfb2bf',199,0);
INSERT INTO "metrics" VALUES('server.step_norm',5.16365783497283570291e-01,1796615621607,'8bee24d7f9ee434790c55348e7dfb2bf',199,0);
INSERT INTO "metrics" VALUES('train_loss',2.9603059293788391848e-01,1796615621607,'8bee24d7f9ee434790c55348e7dfb2bf',199,0);
INSERT INTO "metrics" VALUES('val_acc',0.4502,1796615621607,'8bee24d7f9ee434790c55348e7dfb2bf',199,0);
INSERT INTO "metrics" VALUES('val_loss',2.13437407836914072589e+00,1796615621607,'8bee24d7f9ee434790c55348e7dfb2bf',199,0);
INSERT INTO "metrics" VALUES('round_seconds',9.03856845200061798095e+00,1796615630665,'8bee24d7f9ee434790c55348e7dfb2bf',200,0);
INSERT INTO "metrics" VALUES('server.c_norm',5.90305957763655117509e-02,1796615630665,'8bee24d7f9ee434790c55348e7dfb2bf',200,0);
INSERT INTO "metrics" VALUES('server.step_norm',0.544137089086578,1796615630665,'8bee24d7f9ee434790c55348e7dfb2bf',200,0);
INSERT INTO "metrics" VALUES('test_acc',0.4658,1796615630665,'8bee24d7f9ee434790c55348e7dfb2bf',200,0);
INSERT INTO "metrics" VALUES('test_loss',2.05540708923339865421e+00,1796615630665,'8bee24d7f9ee434790c55348e7dfb2bf',200,0);
INSERT INTO "metrics" VALUES('train_loss',3.08651610900517514579e-01,1796615630665,'8bee24d7f9ee434790c55348e7dfb2bf',200,0);
INSERT INTO "metrics" VALUES('val_acc',0.4582,1796615630665,'8bee24d7f9ee434790c55348e7dfb2bf',200,0);
INSERT INTO "metrics" VALUES('val_loss',2.09663660278320307384e+00,1796615630665,'8bee24d7f9ee434790c55348e7dfb2bf',200,0);
INSERT INTO "metrics" VALUES('best_val_acc',0.47,1796615630685,'8bee24d7f9ee434790c55348e7dfb2bf',0,0);
INSERT INTO "metrics" VALUES('final_test_acc',0.4658,1796615630685,'8bee24d7f9ee434790c55348e7dfb2bf',0,0);
INSERT INTO "metrics" VALUES('final_val_acc',0.4582,1796615630685,'8bee24d7f9ee434790c55348e7dfb2bf',0,0);
INSERT INTO "metrics" VALUES('total_synthetic',0.0,1796615630685,'8bee24d7f9ee434790c55348e7dfb2bf',0,0);
INSERT INTO "metrics" VALUES('train_seconds',1.8434063586399970518e+03,1796615630685,'8bee24d7f9ee434790c55348e7dfb2bf',0,0);
INSERT INTO "metrics" VALUES('best_val_acc',0.4582,1796615630887,'b9eff6bcbac04e4ab3b958e0a378a0db',0,0);
INSERT INTO "metrics" VALUES('trials',1.0,1796615630887,'b9eff6bcbac04e4ab3b958e0a378a0db',0,0);
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
INSERT INTO "runs" VALUES('b9eff6bcbac04e4ab3b958e0a378a0db','cifar10-dir0.1-scaffold','UNKNOWN','','','unknown','FINISHED',1796613786608,1796615630892,'','active','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1/b9eff6bcbac04e4ab3b958e0a378a0db/artifacts',1,NULL);
INSERT INTO "runs" VALUES('8bee24d7f9ee434790c55348e7dfb2bf','scaffold-trial-0','UNKNOWN','','','unknown','FINISHED',1796613787265,1796615630825,'','active','file://@FBLBENCH_RUNS_DIR@/mlartifacts/fblbench_cifar10-dir0.1/8bee24d7f9ee434790c55348e7dfb2bf/artifacts',1,NULL);
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
INSERT INTO "tags" VALUES('fblbench.state','complete','8bee24d7f9ee434790c55348e7dfb2bf');
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
