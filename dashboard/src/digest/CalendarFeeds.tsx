import { useMutation, useQuery } from '@apollo/client';
import { useEffect, useRef, useState } from 'react';
import { useLanguage } from '../components/LanguageContext';
import {
  CalendarFeedsDocument,
  CreateCalendarFeedDocument,
  RevokeCalendarFeedDocument,
  type CalendarFeedsQuery,
} from '../gql/graphql';
import type { Language } from '../i18n/strings';

type Feed = CalendarFeedsQuery['calendarFeeds'][number];

/** A feed's time as the user reads it: Swedish time, whatever the browser's zone. */
function formatTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}

/**
 * The digest page's calendar feeds (issue 15): make one, whose secret address is shown this once (only its hash is
 * kept), list one's own, and revoke one after a confirmation. A calendar program subscribes to the address.
 */
export function CalendarFeeds() {
  const { t, language } = useLanguage();
  const s = t.digest.feeds;
  const feeds = useQuery(CalendarFeedsDocument, { fetchPolicy: 'cache-and-network' });
  const [createFeed, creation] = useMutation(CreateCalendarFeedDocument, { errorPolicy: 'all' });
  const [revokeFeed] = useMutation(RevokeCalendarFeedDocument, { errorPolicy: 'all' });
  const [address, setAddress] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const addressInput = useRef<HTMLInputElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const when = (iso: string) => formatTime(iso, language);

  // The confirmation, and the new address, take the focus, so a keyboard user goes on from there.
  useEffect(() => confirmButton.current?.focus(), [confirming]);
  useEffect(() => addressInput.current?.focus(), [address]);

  const create = async () => {
    if (creation.loading) return;
    setFailure(null);
    setStatus('');
    const result = await createFeed().catch((error: Error) => ({ data: null, errors: [error] }));
    const path = result.data?.createCalendarFeed.path;
    if (!path) {
      setFailure(result.errors?.map((error) => error.message).join(' ') ?? '');
      return;
    }
    // The gateway serves the dashboard, so the page's own origin is the address calendar programs reach.
    setAddress(new URL(path, window.location.origin).href);
    await feeds.refetch();
  };

  const copy = async () => {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setStatus(s.copied);
    } catch {
      addressInput.current?.select();
      setStatus(s.copyFailed);
    }
  };

  const revoke = async (feed: Feed) => {
    setFailure(null);
    const result = await revokeFeed({ variables: { id: feed.id } }).catch((error: Error) => ({
      data: null,
      errors: [error],
    }));
    setConfirming(null);
    if (!result.data?.revokeCalendarFeed) {
      setFailure(result.errors?.map((error) => error.message).join(' ') ?? '');
      return;
    }
    setStatus(s.revoked);
    await feeds.refetch();
  };

  const list = feeds.data?.calendarFeeds ?? [];
  return (
    <section className="panel calendar-feeds" aria-labelledby="calendar-feeds-title">
      <h2 id="calendar-feeds-title">{s.title}</h2>
      <p>{s.intro}</p>
      <button type="button" onClick={create} disabled={creation.loading}>
        {creation.loading ? s.creating : s.create}
      </button>
      {address && (
        <div className="feed-address">
          <p>{s.created}</p>
          <label htmlFor="calendar-feed-address">{s.address}</label>
          <div className="feed-address-row">
            <input id="calendar-feed-address" ref={addressInput} type="text" readOnly value={address} />
            <button type="button" onClick={copy}>
              {s.copy}
            </button>
          </div>
          <p>
            <strong>{s.secret}</strong>
          </p>
          <p>{s.howTo}</p>
        </div>
      )}
      <p role="status" className="feed-status">
        {status}
      </p>
      {failure !== null && <p className="state state-error">{`${s.failed} ${failure}`}</p>}
      <h3>{s.list}</h3>
      <p className="form-hint">{s.lastUsedHint}</p>
      {feeds.loading && !feeds.data && <p className="state state-loading">{t.states.loading}</p>}
      {feeds.error && <p className="state state-error">{`${t.states.error} ${feeds.error.message}`}</p>}
      {feeds.data && list.length === 0 && <p className="state">{s.none}</p>}
      {list.length > 0 && (
        <table className="feed-list">
          <caption>{s.list}</caption>
          <thead>
            <tr>
              <th scope="col">{s.createdAt}</th>
              <th scope="col">{s.lastUsedAt}</th>
              <th scope="col">{s.status}</th>
              <th scope="col">{s.action}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((feed) => (
              <tr key={feed.id} data-feed={feed.id}>
                <td>{when(feed.createdAt)}</td>
                <td>{feed.lastUsedAt ? when(feed.lastUsedAt) : s.neverUsed}</td>
                <td>{feed.revokedAt ? s.revokedAt(when(feed.revokedAt)) : s.active}</td>
                <td>
                  {!feed.revokedAt && confirming !== feed.id && (
                    <button
                      type="button"
                      aria-label={s.revokeLabel(when(feed.createdAt))}
                      onClick={() => setConfirming(feed.id)}
                    >
                      {s.revoke}
                    </button>
                  )}
                  {!feed.revokedAt && confirming === feed.id && (
                    <div role="group" aria-label={s.revokeLabel(when(feed.createdAt))} className="feed-confirm">
                      <p>{s.confirm(when(feed.createdAt))}</p>
                      <button type="button" ref={confirmButton} onClick={() => revoke(feed)}>
                        {s.confirmYes}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {s.cancel}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
