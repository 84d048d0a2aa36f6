import { useEffect, useId, useState } from 'react';
import type { Translate } from '../../i18n/translator.ts';
import type { Locale } from '../../i18n/uiStrings.ts';
import { openWebStorage } from '../../progress/openWebStorage.ts';
import { formatRoundCode, roundCode } from '../../sim/workshop/roundCode.ts';
import { sessionId } from '../../sim/workshop/sessionId.ts';
import type { WorkshopSession } from '../../sim/workshop/workshopSession.ts';
import type { FacilitatorStrings } from './WorkshopFacilitatorIsland.tsx';

interface Issued {
	closesAt: number;
	lock: boolean;
}

const KEY = 'workshop-facilitator-rounds:v1:';

function loadIssued(id: string): Record<number, Issued> {
	try {
		const data = JSON.parse(openWebStorage()?.getItem(KEY + id) ?? '{}') as Record<string, Partial<Issued>>;
		const out: Record<number, Issued> = {};
		for (const [round, v] of Object.entries(data))
			if (typeof v?.closesAt === 'number' && typeof v.lock === 'boolean')
				out[Number(round)] = { closesAt: v.closesAt, lock: v.lock };
		return out;
	} catch {
		return {};
	}
}

/** A closing time on a whole minute, at least `minutes` from now (codes carry minutes). */
function closingIn(minutes: number, from = Date.now()): number {
	return Math.ceil((from + minutes * 60_000) / 60_000) * 60_000;
}

/**
 * The facilitator's pacing: one unlock code per round, made when the round opens, carrying its closing time and
 * what "time's up" does. The codes are remembered on this device (a reload keeps them); a round can be given more
 * time by reissuing its code, which teams type again.
 */
export function RoundPacing({
	session,
	t,
	locale,
}: {
	session: WorkshopSession;
	t: Translate<keyof FacilitatorStrings>;
	locale: Locale;
}) {
	const id = sessionId(session);
	const [issued, setIssued] = useState<Record<number, Issued>>({});
	const [lock, setLock] = useState(false);
	const [qr, setQr] = useState<string | null>(null);
	const [enlarged, setEnlarged] = useState(false);
	const ids = { title: useId(), current: useId() };
	useEffect(() => setIssued(loadIssued(id)), [id]);
	const save = (next: Record<number, Issued>) => {
		setIssued(next);
		try {
			openWebStorage()?.setItem(KEY + id, JSON.stringify(next));
		} catch {
			// Not remembered: the codes stay on screen until the page is closed.
		}
	};
	const latest = Math.max(0, ...Object.keys(issued).map(Number));
	const current = issued[latest];
	const code = current ? roundCode(session, { round: latest, ...current }) : null;
	useEffect(() => {
		if (!code) return;
		let live = true;
		import('qrcode')
			.then((QRCode) => QRCode.toDataURL(code, { errorCorrectionLevel: 'M', margin: 2, width: 480 }))
			.then((url) => live && setQr(url))
			.catch(() => live && setQr(null));
		return () => {
			live = false;
		};
	}, [code]);
	const time = (at: number) => new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
	const next = latest + 1;
	return (
		<section className="workshop-pacing" aria-labelledby={ids.title}>
			<h3 id={ids.title}>{t('workshop.facilitator.pacing.heading')}</h3>
			<p>{t('workshop.facilitator.pacing.intro')}</p>
			<fieldset className="workshop-pacing__timeup">
				<legend>{t('workshop.facilitator.pacing.timeUp')}</legend>
				<label>
					<input type="radio" name={`${ids.title}-lock`} checked={!lock} onChange={() => setLock(false)} />{' '}
					{t('workshop.facilitator.pacing.warn')}
				</label>
				<label>
					<input type="radio" name={`${ids.title}-lock`} checked={lock} onChange={() => setLock(true)} />{' '}
					{t('workshop.facilitator.pacing.lock')}
				</label>
			</fieldset>
			{next <= session.rounds && (
				<button
					type="button"
					onClick={() => save({ ...issued, [next]: { closesAt: closingIn(session.minutesPerRound), lock } })}
				>
					{t('workshop.facilitator.pacing.open', { round: next, minutes: session.minutesPerRound })}
				</button>
			)}
			{current && code && (
				<section
					className={enlarged ? 'workshop-pacing__current workshop-pacing__current--full' : 'workshop-pacing__current'}
					aria-labelledby={ids.current}
				>
					<p id={ids.current}>
						{t('workshop.facilitator.pacing.codeFor', { round: latest, time: time(current.closesAt) })}
					</p>
					<p className="workshop-pacing__code" data-round-code={code}>
						{formatRoundCode(code)}
					</p>
					<p>{t(current.lock ? 'workshop.facilitator.pacing.locks' : 'workshop.facilitator.pacing.warns')}</p>
					{qr && (
						<img
							className="workshop-qr"
							src={qr}
							width={enlarged ? 480 : 200}
							height={enlarged ? 480 : 200}
							alt={t('workshop.facilitator.pacing.qrAlt', { round: latest })}
						/>
					)}
					<div className="course-lab__actions">
						<button type="button" onClick={() => setEnlarged((e) => !e)}>
							{t(enlarged ? 'workshop.facilitator.pacing.shrink' : 'workshop.facilitator.pacing.enlarge')}
						</button>
						<button
							type="button"
							className="course-lab__secondary"
							onClick={() =>
								save({
									...issued,
									[latest]: { closesAt: closingIn(5, Math.max(Date.now(), current.closesAt)), lock: current.lock },
								})
							}
						>
							{t('workshop.facilitator.pacing.extend', { round: latest })}
						</button>
					</div>
				</section>
			)}
			{latest > 1 && (
				<details>
					<summary>{t('workshop.facilitator.pacing.earlier')}</summary>
					<ul>
						{Array.from({ length: latest - 1 }, (_, r) => {
							const round = r + 1;
							const o = issued[round];
							return o ? (
								<li key={round}>
									{t('workshop.facilitator.pacing.codeFor', { round, time: time(o.closesAt) })}{' '}
									<code>{formatRoundCode(roundCode(session, { round, ...o }))}</code>
								</li>
							) : null;
						})}
					</ul>
				</details>
			)}
		</section>
	);
}
