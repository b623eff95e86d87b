import type { Handlers } from '../ipc/router';
import type { SettingsService } from '../settings/settings-service';

export function settingsHandlers(options: {
  settings: Pick<SettingsService, 'view' | 'update'>;
  retention: { purge(): Promise<number> };
}): Pick<Handlers, 'settings:view' | 'settings:update'> {
  const { settings, retention } = options;
  return {
    'settings:view': () => settings.view(),
    // A shorter retention applies at once, not at the next daily run.
    'settings:update': async (change) => {
      const view = settings.update(change);
      if (change.retentionDays !== undefined) await retention.purge();
      return view;
    },
  };
}
