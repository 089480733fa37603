import { isDeepStrictEqual } from 'util';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { MODEL_UIDS } from '../../../../shared/constants';
import type { QuestionnaireDocument, QuestionnaireVersion } from '../../../../shared/contracts/questionnaires';
import { DEFAULT_QUESTIONNAIRE, SHIPPED_QUESTIONNAIRES } from '../../questionnaire/default-questionnaire';
import { localesOf, localizeQuestionnaire } from '../../questionnaire/localize';
import { validateQuestionnaire } from '../../questionnaire/validate-questionnaire';
import { validationErrorOf } from '../../utils/issues';
import { inTransaction } from '../../utils/transaction';
import { keptRead } from '../setup/content-generation';

// The document as stored, before it is validated on the way out.
type StoredQuestionnaire = QuestionnaireVersion & { document: unknown };

const questionnaires = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The last validated document, keyed by row and activation time, so each is parsed once. */
  let validated: { key: string; document: QuestionnaireDocument } | undefined;

  /**
   * Which version is active, read from the database; the validation of an unchanged row is
   * reused. A document edited in the database by hand is refused with a clear message
   * instead of scoring anyone with broken rules.
   */
  const readActive = async (): Promise<QuestionnaireDocument> => {
    const head:
      | (Pick<StoredQuestionnaire, 'id' | 'activatedAt' | 'version'> & {
          updatedAt?: string;
        })
      | null = await strapi.db.query(MODEL_UIDS.questionnaire).findOne({
      select: ['id', 'version', 'activatedAt', 'updatedAt'],
      where: { active: true },
      orderBy: { activatedAt: 'desc' },
    });
    if (!head) throw new errors.NotFoundError('No questionnaire is active');
    const key = `${head.id}:${head.activatedAt}:${head.updatedAt}`;
    if (validated?.key === key) return validated.document;

    const stored: StoredQuestionnaire = await strapi.db.query(MODEL_UIDS.questionnaire).findOne({ where: { id: head.id } });
    const result = validateQuestionnaire(stored.document);
    if (!result.ok) {
      strapi.log.error(`readiness-intake: questionnaire version ${stored.version} is invalid: ${JSON.stringify(result.issues)}`);
      throw new errors.ApplicationError(`The active questionnaire (version ${stored.version}) is invalid`, {
        errors: result.issues,
      });
    }
    validated = { key, document: result.document };
    return result.document;
  };
  const keptActive = keptRead(strapi, readActive);

  return {
    /**
     * The active version, validated. Every submission asks, so the answer is kept until the
     * generation moves on: any write to the questionnaires (here, or on another instance
     * through the shared generation, within its sync period) or to the host's content.
     */
    getActive(): Promise<QuestionnaireDocument> {
      return keptActive();
    },

    /**
     * The active version in the locale that serves `requested` (its default when none
     * does), which locale that is, and every locale it has text in.
     */
    async getActiveIn(requested?: string): Promise<{ locale: string; locales: string[]; document: QuestionnaireDocument }> {
      const active = await this.getActive();
      return { ...localizeQuestionnaire(active, requested), locales: localesOf(active) };
    },

    /** Every stored version, newest first, without the documents. */
    async list(): Promise<QuestionnaireVersion[]> {
      return strapi.db.query(MODEL_UIDS.questionnaire).findMany({
        select: ['id', 'version', 'title', 'active', 'activatedAt', 'createdAt'],
        orderBy: { version: 'desc' },
      });
    },

    /** One stored version, validated. */
    async getVersion(version: number): Promise<QuestionnaireDocument> {
      const stored: StoredQuestionnaire | null = await strapi.db.query(MODEL_UIDS.questionnaire).findOne({ where: { version } });
      if (!stored) throw new errors.NotFoundError(`Questionnaire version ${version} does not exist`);
      const result = validateQuestionnaire(stored.document);
      if (!result.ok) throw new errors.ApplicationError(`Questionnaire version ${version} is invalid`, { errors: result.issues });
      return result.document;
    },

    /** Stores a new version after validating it; it becomes active only when asked. */
    async add(document: unknown, { activate = false }: { activate?: boolean } = {}): Promise<StoredQuestionnaire> {
      const result = validateQuestionnaire(document);
      if (!result.ok) {
        throw validationErrorOf(result.issues, 'The questionnaire is invalid');
      }
      const existing = await strapi.db.query(MODEL_UIDS.questionnaire).count({ where: { version: result.document.version } });
      if (existing > 0) throw new errors.ValidationError(`Version ${result.document.version} already exists`);
      const created = await strapi.db.query(MODEL_UIDS.questionnaire).create({
        data: {
          version: result.document.version,
          title: result.document.title,
          document: result.document,
          active: false,
        },
      });
      if (activate) await this.activate(result.document.version);
      return created;
    },

    /** Makes one version the active one, in a transaction so there is never none or two. */
    async activate(version: number): Promise<StoredQuestionnaire> {
      return inTransaction(strapi, async () => {
        const target = await strapi.db.query(MODEL_UIDS.questionnaire).findOne({ where: { version } });
        if (!target) throw new errors.NotFoundError(`Questionnaire version ${version} does not exist`);
        await strapi.db.query(MODEL_UIDS.questionnaire).updateMany({ where: { active: true }, data: { active: false } });
        return strapi.db.query(MODEL_UIDS.questionnaire).update({
          where: { id: target.id },
          data: { active: true, activatedAt: new Date() },
        });
      });
    },

    /**
     * Stores the plugin's newest default questionnaire the first time the plugin starts
     * with it. It is activated on a database without any version, or whose active version
     * is an earlier default, unchanged: what the plugin shipped moves with the plugin, and
     * stored submissions keep the version they were scored with. A database running a
     * version of its own stays on it (the default is stored beside it, inactive), and once
     * the default is stored an operator's later choice of version is never undone.
     */
    async ensureDefault() {
      const latest = DEFAULT_QUESTIONNAIRE;
      const query = () => strapi.db.query(MODEL_UIDS.questionnaire);
      if ((await query().count({ where: { version: latest.version } })) > 0) return;
      const head: Pick<StoredQuestionnaire, 'version' | 'document'> | null = await query().findOne({
        select: ['version', 'document'],
        where: { active: true },
        orderBy: { activatedAt: 'desc' },
      });
      const onEarlierDefault =
        head !== null &&
        SHIPPED_QUESTIONNAIRES.some((shipped) =>
          isDeepStrictEqual(validateQuestionnaire(head.document), { ok: true, document: shipped })
        );
      const activate = head === null || onEarlierDefault;
      try {
        await inTransaction(strapi, async () => {
          await this.add(latest);
          if (activate) await this.activate(latest.version);
        });
      } catch (error) {
        // Another instance starting at the same moment stored it first, and activates it.
        if ((await query().count({ where: { version: latest.version } })) > 0) return;
        throw error;
      }
      strapi.log.info(
        !activate
          ? `readiness-intake: questionnaire version ${latest.version} stored, inactive: version ${head?.version}, not a default, stays active`
          : head
            ? `readiness-intake: questionnaire version ${latest.version} activated in place of the default version ${head.version}`
            : `readiness-intake: questionnaire version ${latest.version} created and activated`
      );
    },
  };
};

export type QuestionnairesService = ReturnType<typeof questionnaires>;
export default questionnaires;
