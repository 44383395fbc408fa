import * as migration_20261122_080922_initial from './20261122_080922_initial';
import * as migration_20261122_091902_question_bank from './20261122_091902_question_bank';
import * as migration_20261122_111834_attempt_engine from './20261122_111834_attempt_engine';
import * as migration_20261122_121500_rate_limits from './20261122_121500_rate_limits';
import * as migration_20261122_143259_media_storage_fields from './20261122_143259_media_storage_fields';
import * as migration_20261122_144200_analytics from './20261122_144200_analytics';
import * as migration_20261122_144304_analytics_jobs from './20261122_144304_analytics_jobs';
import * as migration_20261122_153000_xapi_outbox from './20261122_153000_xapi_outbox';
import * as migration_20261122_153040_xapi_jobs from './20261122_153040_xapi_jobs';
import * as migration_20261122_154000_item_quality from './20261122_154000_item_quality';
import * as migration_20261122_182227_resources from './20261122_182227_resources';
import * as migration_20261122_182300_recommendations from './20261122_182300_recommendations';
import * as migration_20261122_183738_audit_log from './20261122_183738_audit_log';
import * as migration_20261122_190000_job_slots from './20261122_190000_job_slots';
import * as migration_20261202_174806_mfa from './20261202_174806_mfa';
import * as migration_20261203_145750_engine_updated_at_unindexed from './20261203_145750_engine_updated_at_unindexed';

export const migrations = [
  {
    up: migration_20261122_080922_initial.up,
    down: migration_20261122_080922_initial.down,
    name: '20261122_080922_initial',
  },
  {
    up: migration_20261122_091902_question_bank.up,
    down: migration_20261122_091902_question_bank.down,
    name: '20261122_091902_question_bank',
  },
  {
    up: migration_20261122_111834_attempt_engine.up,
    down: migration_20261122_111834_attempt_engine.down,
    name: '20261122_111834_attempt_engine',
  },
  {
    up: migration_20261122_121500_rate_limits.up,
    down: migration_20261122_121500_rate_limits.down,
    name: '20261122_121500_rate_limits',
  },
  {
    up: migration_20261122_143259_media_storage_fields.up,
    down: migration_20261122_143259_media_storage_fields.down,
    name: '20261122_143259_media_storage_fields',
  },
  {
    up: migration_20261122_144200_analytics.up,
    down: migration_20261122_144200_analytics.down,
    name: '20261122_144200_analytics',
  },
  {
    up: migration_20261122_144304_analytics_jobs.up,
    down: migration_20261122_144304_analytics_jobs.down,
    name: '20261122_144304_analytics_jobs',
  },
  {
    up: migration_20261122_153000_xapi_outbox.up,
    down: migration_20261122_153000_xapi_outbox.down,
    name: '20261122_153000_xapi_outbox',
  },
  {
    up: migration_20261122_153040_xapi_jobs.up,
    down: migration_20261122_153040_xapi_jobs.down,
    name: '20261122_153040_xapi_jobs',
  },
  {
    up: migration_20261122_154000_item_quality.up,
    down: migration_20261122_154000_item_quality.down,
    name: '20261122_154000_item_quality',
  },
  {
    up: migration_20261122_182227_resources.up,
    down: migration_20261122_182227_resources.down,
    name: '20261122_182227_resources',
  },
  {
    up: migration_20261122_182300_recommendations.up,
    down: migration_20261122_182300_recommendations.down,
    name: '20261122_182300_recommendations',
  },
  {
    up: migration_20261122_183738_audit_log.up,
    down: migration_20261122_183738_audit_log.down,
    name: '20261122_183738_audit_log',
  },
  {
    up: migration_20261122_190000_job_slots.up,
    down: migration_20261122_190000_job_slots.down,
    name: '20261122_190000_job_slots',
  },
  {
    up: migration_20261202_174806_mfa.up,
    down: migration_20261202_174806_mfa.down,
    name: '20261202_174806_mfa'
  },
  {
    up: migration_20261203_145750_engine_updated_at_unindexed.up,
    down: migration_20261203_145750_engine_updated_at_unindexed.down,
    name: '20261203_145750_engine_updated_at_unindexed'
  },
];
