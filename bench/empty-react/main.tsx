import { createRoot } from 'react-dom/client';

// The baseline: the least a React page does before it is interactive.
createRoot(document.getElementById('root')!).render(<div role="option">ready</div>);
