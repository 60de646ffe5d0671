import { Dialog, Toast, unstableSetRender } from 'antd-mobile';
import { createRoot, type Root } from 'react-dom/client';

// antd-mobile 5 shows Toast and Dialog.confirm through ReactDOM.render, which React 19 removed;
// this hands it createRoot instead (antd-mobile's documented React 19 adapter).
const roots = new WeakMap<Element | DocumentFragment, Root>();
unstableSetRender((node, container) => {
  const root = roots.get(container) ?? createRoot(container);
  roots.set(container, root);
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    roots.delete(container);
  };
});

/** Import Toast and Dialog from here, never straight from antd-mobile, so the adapter is in place. */
export { Dialog, Toast };
