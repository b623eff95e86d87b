import type { TFunction } from 'i18next';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import {
  MIN_DOWNLOAD_KBPS,
  MIC_HEARD_LEVEL,
  verdictSummary,
  type ConnectionCheck,
  type DownloadCheck,
} from '../../shared/device-check';
import type { JitsiDevices } from './external-api';
import type { MediaDeviceChoice } from './media-check';
import {
  jitsiDevices,
  useDeviceCheck,
  type DeviceCheck as DeviceCheckModel,
  type DeviceKind,
} from './use-device-check';
import './device-check.css';

/**
 * The equipment check before joining: a choice of camera, microphone and
 * speaker, camera preview, microphone level, test sound, connection and
 * download, and a verdict in plain words. It only advises: joining never
 * waits for it. The devices chosen here go to Jitsi (`onDevices`).
 */
export function DeviceCheck({
  serverOrigin,
  onDevices,
  audience = 'counsellor',
}: {
  serverOrigin: string;
  onDevices: (devices: JitsiDevices) => void;
  audience?: CheckAudience;
}) {
  const check = useDeviceCheck(serverOrigin);
  const { devices, chosen } = check.state;
  useEffect(() => onDevices(jitsiDevices({ devices, chosen })), [devices, chosen, onDevices]);
  return <DeviceCheckView {...check} audience={audience} />;
}

/**
 * Who runs the check: the counsellor at their own computer, or a client at a
 * kiosk terminal, who gets plain words without numbers, is sent to the staff
 * for what only they can fix, and has fingertip-sized buttons.
 */
export type CheckAudience = 'counsellor' | 'client';

/** The check's texts: for a client, their own wording (`kiosk.check.…`) wherever it has one. */
function checkTexts(t: TFunction, audience: CheckAudience): TFunction {
  if (audience === 'counsellor') return t;
  const prefix = 'deviceCheck.';
  // i18next takes a list of keys and uses the first it has.
  const lookUp = t as unknown as (keys: string | string[], options?: object) => string;
  return ((key: string, options?: object) =>
    lookUp(
      key.startsWith(prefix) ? [`kiosk.check.${key.slice(prefix.length)}`, key] : key,
      options,
    )) as unknown as TFunction;
}

const speakerStatus = { untested: 'untested', heard: 'heard', 'not-heard': 'notHeard' } as const;

export function DeviceCheckView({
  state,
  verdict,
  checking,
  playTestSound,
  answerSpeakers,
  choose,
  checkAgain,
  audience = 'counsellor',
}: DeviceCheckModel & { audience?: CheckAudience }) {
  const t = checkTexts(useTranslation().t, audience);
  const id = useId();
  const summaryKey = verdictSummary(state, verdict);
  const summary = t(
    summaryKey === 'checking' ? 'deviceCheck.checking' : `deviceCheck.verdict.${summaryKey}`,
  );
  const chooser = (kind: DeviceKind) => (
    <DeviceChooser
      kind={kind}
      devices={state.devices[kind]}
      chosen={state.chosen[kind]}
      choose={choose}
      t={t}
    />
  );

  return (
    <section className="device-check" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('deviceCheck.heading')}</h2>
      <div className="device-check-parts">
        <section className="device-check-part" aria-labelledby={`${id}-camera`}>
          <h3 id={`${id}-camera`}>{t('deviceCheck.camera.heading')}</h3>
          {chooser('camera')}
          {state.stream ? (
            <CameraPreview stream={state.stream} label={t('deviceCheck.camera.preview')} />
          ) : (
            <div className="device-check-preview empty" />
          )}
          <p className={`device-check-finding ${state.camera}`}>
            {t(`deviceCheck.camera.${state.camera}`)}
          </p>
        </section>

        <section className="device-check-part" aria-labelledby={`${id}-microphone`}>
          <h3 id={`${id}-microphone`}>{t('deviceCheck.microphone.heading')}</h3>
          {chooser('microphone')}
          <label htmlFor={`${id}-level`}>{t('deviceCheck.microphone.level')}</label>
          <meter
            id={`${id}-level`}
            className="device-check-level"
            min={0}
            max={1}
            low={MIC_HEARD_LEVEL}
            high={0.9}
            optimum={0.5}
            value={state.level}
          />
          <p className={`device-check-finding ${state.microphone}`}>
            {t(`deviceCheck.microphone.${state.microphone}`)}
          </p>
        </section>

        <section className="device-check-part" aria-labelledby={`${id}-speakers`}>
          <h3 id={`${id}-speakers`}>{t('deviceCheck.speakers.heading')}</h3>
          {chooser('speaker')}
          <button
            type="button"
            aria-disabled={state.playing}
            onClick={() => {
              if (!state.playing) playTestSound();
            }}
          >
            {t('deviceCheck.speakers.play')}
          </button>
          {state.soundPlayed && (
            <div role="group" aria-labelledby={`${id}-question`}>
              <p id={`${id}-question`}>{t('deviceCheck.speakers.question')}</p>
              <div className="device-check-answers">
                <button
                  type="button"
                  aria-pressed={state.speakers === 'heard'}
                  onClick={() => answerSpeakers(true)}
                >
                  {t('deviceCheck.speakers.heard')}
                </button>
                <button
                  type="button"
                  aria-pressed={state.speakers === 'not-heard'}
                  onClick={() => answerSpeakers(false)}
                >
                  {t('deviceCheck.speakers.notHeard')}
                </button>
              </div>
            </div>
          )}
          <p className={`device-check-finding ${state.speakers}`}>
            {t(`deviceCheck.speakers.status.${speakerStatus[state.speakers]}`)}
          </p>
        </section>

        <section className="device-check-part" aria-labelledby={`${id}-connection`}>
          <h3 id={`${id}-connection`}>{t('deviceCheck.connection.heading')}</h3>
          <p className="device-check-finding">{connectionText(t, state.connection)}</p>
          {state.connection.status === 'done' && state.connection.https.reachable && (
            <p className={`device-check-finding ${downloadClass(state.download)}`}>
              {downloadText(t, state.download)}
            </p>
          )}
        </section>
      </div>

      <div
        className={`device-check-verdict ${summaryKey === 'checking' || checking ? 'checking' : summaryKey}`}
        role="status"
      >
        <p className="device-check-summary">{summary}</p>
        {verdict.reasons.length > 0 && (
          <ul>
            {verdict.reasons.map((reason) => (
              <li key={reason}>{t(reason)}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="device-check-footer">
        <button type="button" onClick={checkAgain}>
          {t('deviceCheck.again')}
        </button>
        <p className="hint">{t('deviceCheck.neverBlocks')}</p>
      </div>
    </section>
  );
}

/** The devices of one kind to choose from; nothing while there is only one (or none). */
function DeviceChooser({
  kind,
  devices,
  chosen,
  choose,
  t,
}: {
  kind: DeviceKind;
  devices: MediaDeviceChoice[];
  chosen: string | undefined;
  choose: (kind: DeviceKind, id: string) => void;
  t: TFunction;
}) {
  const id = useId();
  if (devices.length < 2) return null;
  return (
    <div className="device-check-choice">
      <label htmlFor={id}>{t(`deviceCheck.choose.${kind}`)}</label>
      <select
        id={id}
        autoComplete="off"
        value={chosen ?? devices[0]!.id}
        onChange={(event) => choose(kind, event.target.value)}
      >
        {devices.map((device, index) => (
          <option key={device.id} value={device.id}>
            {device.label || t(`deviceCheck.choose.unnamed.${kind}`, { number: index + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}

function CameraPreview({ stream, label }: { stream: MediaStream; label: string }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = stream;
  }, [stream]);
  return (
    <video
      ref={video}
      className="device-check-preview"
      aria-label={label}
      autoPlay
      muted
      playsInline
    />
  );
}

function downloadClass(download: DownloadCheck): string {
  return download.status === 'done' && download.kbps < MIN_DOWNLOAD_KBPS ? 'slow' : '';
}

function downloadText(t: TFunction, download: DownloadCheck): string {
  switch (download.status) {
    case 'checking':
      return t('deviceCheck.download.checking');
    case 'failed':
      return t('deviceCheck.download.failed');
    case 'done':
      return t(
        download.kbps >= MIN_DOWNLOAD_KBPS
          ? 'deviceCheck.download.enough'
          : 'deviceCheck.download.slow',
        { kbps: download.kbps, minimum: MIN_DOWNLOAD_KBPS },
      );
  }
}

function connectionText(t: TFunction, connection: ConnectionCheck): string {
  switch (connection.status) {
    case 'checking':
      return t('deviceCheck.connection.checking');
    case 'offline':
      return t('deviceCheck.connection.offline');
    case 'done': {
      const { https, websocket } = connection;
      if (!https.reachable) {
        return t(
          https.failure === 'timeout'
            ? 'deviceCheck.connection.timeout'
            : 'deviceCheck.connection.unreachable',
        );
      }
      return websocket.reachable
        ? t('deviceCheck.connection.reachable', { https: https.rttMs, websocket: websocket.rttMs })
        : t('deviceCheck.connection.websocketFailed', { https: https.rttMs });
    }
  }
}
