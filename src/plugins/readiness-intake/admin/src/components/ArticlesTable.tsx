import { Box, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';

import type { Stats } from '../../../shared/contracts';
import { BANDS, useLabels } from '../labels';

/**
 * Which articles bring which teams: the submissions each article's form sent over the
 * period, by band, most first. Each slug opens the inbox filtered on that article.
 */
export const ArticlesTable = ({ articles }: { articles: Stats['byArticle'] }) => {
  const { t, band } = useLabels();
  const { formatNumber } = useIntl();
  const title = t('dashboard.by-article', 'By article');

  return (
    <Box tag="section" aria-label={title}>
      <Typography tag="h2" variant="delta" paddingBottom={2}>
        {title}
      </Typography>
      {articles.length === 0 ? (
        <Typography textColor="neutral600" tag="p">
          {t('dashboard.by-article.none', 'No submission in this period came from an article.')}
        </Typography>
      ) : (
        <Table colCount={2 + BANDS.length} rowCount={articles.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('dashboard.by-article.slug', 'Article')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('dashboard.by-article.count', 'Submissions')}</Typography>
              </Th>
              {BANDS.map((key) => (
                <Th key={key}>
                  <Typography variant="sigma">{band(key)}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {articles.map((article) => (
              <Tr key={article.slug}>
                <Td>
                  <Link
                    tag={NavLink}
                    to={{ pathname: '..', search: `?${new URLSearchParams({ articleSlug: article.slug })}` }}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {article.slug}
                  </Link>
                </Td>
                <Td>
                  <Typography>{formatNumber(article.count)}</Typography>
                </Td>
                {BANDS.map((key) => (
                  <Td key={key}>
                    <Typography>{formatNumber(article.bands[key])}</Typography>
                  </Td>
                ))}
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </Box>
  );
};
