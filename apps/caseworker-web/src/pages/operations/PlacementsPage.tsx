import { Button, Paragraph, TableBody, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import {
  PageHeading,
  RouterLink,
  SelectField,
  useApiQuery,
  useLanguage,
  type PlacementListResponse,
  type PlacementResponse,
} from '@meedoen/web';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useCaseworkerT } from '../../messages';
import './operations.css';
import { formatDay, today } from './dates';
import { PagedResults, pageFrom } from './PagedResults';
import { ScrollTable } from './ScrollTable';
import { KIND_LABEL_KEYS, PLACEMENT_KINDS } from './vocabulary';

const PAGE_SIZE = 20;
const SHOW_OPTIONS = ['due', 'active', 'planned', 'ended', 'all'] as const;
type Show = (typeof SHOW_OPTIONS)[number];

const isShow = (value: string | null): value is Show => SHOW_OPTIONS.includes(value as Show);
const isKind = (value: string | null): value is PlacementResponse['kind'] => PLACEMENT_KINDS.includes(value as PlacementResponse['kind']);

function apiPath(show: Show, kind: string, page: number): string {
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (show === 'due') query.set('checkInDue', 'true');
  else if (show !== 'all') query.set('status', show);
  if (kind) query.set('kind', kind);
  return `/placements?${query}`;
}

/** Placements of the municipality; by default the ones whose aftercare is due. */
export function PlacementsPage() {
  const t = useCaseworkerT();
  const [params, setParams] = useSearchParams();
  const show: Show = isShow(params.get('tonen')) ? (params.get('tonen') as Show) : 'due';
  const kind = isKind(params.get('soort')) ? params.get('soort')! : '';
  const page = pageFrom(params);
  const query = useApiQuery<PlacementListResponse>(apiPath(show, kind, page));

  const [draftShow, setDraftShow] = useState<string>(show);
  const [draftKind, setDraftKind] = useState(kind);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ tonen: draftShow });
    if (draftKind) next.set('soort', draftKind);
    setParams(next);
  };

  return (
    <>
      <PageHeading>{t('ops.section.placements')}</PageHeading>
      <Paragraph className="meedoen-intro">{t('ops.placements.intro')}</Paragraph>
      <form className="ops-filters" onSubmit={submit} aria-label={t('ops.placements.filters')}>
        <SelectField
          name="tonen"
          label={t('ops.placements.show')}
          required
          value={draftShow}
          onChange={setDraftShow}
          options={SHOW_OPTIONS.map((option) => ({ value: option, label: t(`ops.placements.show.${option}`) }))}
        />
        <SelectField
          name="soort"
          label={t('ops.placements.kind')}
          required
          value={draftKind}
          onChange={setDraftKind}
          placeholder={t('ops.all')}
          options={PLACEMENT_KINDS.map((option) => ({ value: option, label: t(KIND_LABEL_KEYS[option]) }))}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('ops.show')}
        </Button>
      </form>
      <PagedResults
        query={query}
        page={page}
        pageSize={PAGE_SIZE}
        empty={show === 'due' && !kind ? t('ops.placements.emptyDue') : t('ops.placements.empty')}
        count={(count) => t('ops.placements.count', { count })}
      >
        {(placements) => <PlacementTable placements={placements} />}
      </PagedResults>
    </>
  );
}

function PlacementTable({ placements }: { placements: PlacementResponse[] }) {
  const t = useCaseworkerT();
  const { language } = useLanguage();
  const now = today();
  return (
    <ScrollTable
      caption={t('ops.placements.tableCaption')}
      columns={[
        t('ops.placements.resident'),
        t('ops.placements.employer'),
        t('ops.placements.kind'),
        t('ops.placements.start'),
        t('ops.placements.nextCheckIn'),
        t('ops.placements.status'),
      ]}
    >
      <TableBody>
        {placements.map((placement) => (
          <TableRow key={placement.id}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/plaatsingen/${placement.id}`}>{placement.seeker.name}</RouterLink>
            </TableHeaderCell>
            <TableCell>{placement.employer.name}</TableCell>
            <TableCell>{t(KIND_LABEL_KEYS[placement.kind])}</TableCell>
            <TableCell>{formatDay(placement.startDate, language)}</TableCell>
            <TableCell>
              {placement.nextCheckIn ? (
                <>
                  {t(`ops.milestone.${placement.nextCheckIn.milestone}`)}, {formatDay(placement.nextCheckIn.dueDate, language)}
                  {placement.nextCheckIn.dueDate < now && <strong className="ops-flag ops-flag--late"> {t('ops.placements.overdue')}</strong>}
                  {placement.nextCheckIn.dueDate === now && <strong className="ops-flag"> {t('ops.placements.dueToday')}</strong>}
                </>
              ) : (
                t('ops.placements.none')
              )}
            </TableCell>
            <TableCell>{t(`ops.status.${placement.status}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollTable>
  );
}
