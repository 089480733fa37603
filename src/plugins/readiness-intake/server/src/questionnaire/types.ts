// The document is what the admin API sends and takes, so its types are part of the shared contract.
export type {
  Contradiction,
  ContactField,
  Points,
  Question,
  QuestionnaireDimension,
  QuestionnaireDocument,
  QuestionOption,
  ScoringRules,
} from '../../../shared/contracts/questionnaires';
