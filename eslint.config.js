import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message:
    'Use the IPC contract: main registers through ipc/electron-transport.ts, the preload through createApi.',
};
const noProcessFolder = (...folders) =>
  folders.map((folder) => ({
    group: [`**/${folder}/**`, `**/${folder}`],
    message: `Process folders do not import each other; share code through src/shared.`,
  }));

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react'],
          patterns: [
            { group: ['node:*'], message: 'src/shared is pure: no Node built-ins.' },
            ...noProcessFolder('main', 'renderer', 'preload'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Chromium keeps what is typed into a field as form history on disk ("Web Data"):
      // every field says autoComplete="off", so a new one cannot keep a client's label.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXOpeningElement[name.name=/^(input|textarea|select)$/]:not(:has(> JSXAttribute[name.name='autoComplete'][value.value='off']))",
          message:
            'Give every input, textarea and select autoComplete="off": Chromium would keep what is typed as form history on disk.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            ...noProcessFolder('main', 'preload'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [rawIpc], patterns: noProcessFolder('renderer', 'preload') },
      ],
    },
  },
  {
    files: ['src/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [rawIpc], patterns: noProcessFolder('main', 'renderer') },
      ],
    },
  },
  // The two ends of the raw IPC may import their own side's object; the process
  // boundaries still hold for them.
  {
    files: ['src/main/ipc/electron-transport.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ ...rawIpc, importNames: ['ipcRenderer'] }],
          patterns: noProcessFolder('renderer', 'preload'),
        },
      ],
    },
  },
  {
    files: ['src/preload/index.ts', 'src/preload/meeting.ts', 'src/preload/kiosk.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ ...rawIpc, importNames: ['ipcMain'] }],
          patterns: noProcessFolder('main', 'renderer'),
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
