import { Box, Flex, Typography } from '@strapi/design-system';

import type { DimensionScore, ExplainedAnswer, SubmissionDetail } from '../../../../../shared/contracts';
import { useLabels } from '../../../labels';
import { Section } from './Section';

const Answer = ({ answer }: { answer: ExplainedAnswer }) => {
  const { t } = useLabels();
  return (
    <Box tag="li" background="neutral100" padding={3} hasRadius>
      <Flex justifyContent="space-between" gap={4} alignItems="flex-start">
        <Typography fontWeight="semiBold">{answer.prompt}</Typography>
        {answer.points !== null && (
          <Typography textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
            {t('detail.answers.points', '{points} / {max}', {
              points: answer.points,
              max: answer.maxPoints ?? 4,
            })}
          </Typography>
        )}
      </Flex>
      {answer.kind === 'text' ? (
        <Typography tag="p" style={{ whiteSpace: 'pre-wrap' }} textColor="neutral700">
          {answer.text ?? t('detail.answers.unanswered', 'Not answered')}
        </Typography>
      ) : answer.picked.length === 0 ? (
        <Typography textColor="neutral500">{t('detail.answers.unanswered', 'Not answered')}</Typography>
      ) : (
        <Flex tag="ul" direction="column" alignItems="flex-start" gap={1} paddingTop={1}>
          {answer.picked.map((option) => (
            <Typography
              tag="li"
              key={option.value}
              textColor={option.dontKnow ? 'warning700' : 'primary700'}
              fontWeight={option.dontKnow ? 'bold' : undefined}
            >
              {option.dontKnow ? `⚠ ${option.label}` : option.label}{' '}
              {t('detail.answers.option-points', '({points} points)', { points: option.points })}
            </Typography>
          ))}
        </Flex>
      )}
    </Box>
  );
};

const DimensionAnswers = ({
  group,
  score,
}: {
  group: NonNullable<SubmissionDetail['answersByDimension']>[number];
  score: DimensionScore | undefined;
}) => {
  const { t, dimension } = useLabels();
  return (
    <Box tag="section" aria-label={dimension(group.key)} paddingBottom={2}>
      <Flex justifyContent="space-between" paddingBottom={2}>
        <Typography tag="h3" variant="epsilon" fontWeight="bold">
          {dimension(group.key)}
        </Typography>
        {score && (
          <Typography textColor="neutral600">
            {t('detail.answers.dimension-points', '{points} of {max} points · {score}/100', {
              points: score.points,
              max: score.maxPoints,
              score: score.score,
            })}
          </Typography>
        )}
      </Flex>
      <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
        {group.answers.map((answer) => (
          <Answer key={answer.question} answer={answer} />
        ))}
      </Flex>
    </Box>
  );
};

/** Every answer, by dimension, explained by the questionnaire version it was scored with. */
export const AnswersSection = ({ submission }: { submission: SubmissionDetail }) => {
  const { t } = useLabels();
  return (
    <Section title={t('detail.answers', 'Answers')}>
      {!submission.answersByDimension && (
        <Typography textColor="neutral600">
          {t('detail.answers.missing', 'Questionnaire version {version} is no longer available to explain these answers.', {
            version: submission.questionnaireVersion,
          })}
        </Typography>
      )}
      {submission.answersByDimension?.map((group) => (
        <DimensionAnswers
          key={group.key}
          group={group}
          score={submission.dimensionScores.find((entry) => entry.key === group.key)}
        />
      ))}
    </Section>
  );
};
