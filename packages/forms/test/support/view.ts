import type { FormViewTree, ViewNode } from '@asysta/forms';

/** Every node of a view, depth first. */
export function allNodes(view: FormViewTree): ViewNode[] {
  const out: ViewNode[] = [];
  const walk = (node: ViewNode) => {
    out.push(node);
    if (node.kind === 'group' || node.kind === 'item') node.children.forEach(walk);
    if (node.kind === 'array') node.items.forEach(walk);
  };
  walk(view.root);
  return out;
}

/** The node at a pointer (a field before an item at the same pointer), or an error naming it. */
export function nodeAt(view: FormViewTree, pointer: string): ViewNode {
  const nodes = allNodes(view).filter((node) => node.pointer === pointer);
  const found = nodes.find((node) => node.kind === 'field' || node.kind === 'derived') ?? nodes[0];
  if (!found) throw new Error(`no view node at ${pointer}`);
  return found;
}

/** The pointers of the visible children of the root. */
export function visibleSections(view: FormViewTree): string[] {
  return view.root.children.filter((node) => node.visible).map((node) => node.pointer);
}
