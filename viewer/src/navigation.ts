// Moving about the picture: the zoom buttons, dragging a node (it stays where
// it is dropped, also while the layout runs), and framing a set of nodes (an
// expanded or selected node and its neighbours) so that none is off-screen.
import type { Camera } from 'sigma';
import { graph, renderer } from './view';

/** How much room around the framed nodes, as a share of their extent. */
const FRAME_MARGIN = 1.3;
/** The closest a frame zooms in (a node with one neighbour is not shown at 20×). */
const CLOSEST_RATIO = 0.15;

/** A node follows the pointer while the button is down; dropped, it is fixed (ForceAtlas2 leaves fixed nodes alone). */
export function wireDragging(): void {
  const captor = renderer.getMouseCaptor();
  let dragged: string | undefined;
  renderer.on('downNode', ({ node }) => {
    dragged = node;
    // The frame stays as it is: without a fixed box, sigma reframes the graph as the node moves.
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
  captor.on('mousemovebody', (e) => {
    if (!dragged) return;
    const { x, y } = renderer.viewportToGraph(e);
    graph.mergeNodeAttributes(dragged, { x, y, fixed: true });
    // The camera does not pan under a node being dragged.
    e.preventSigmaDefault();
    e.original.preventDefault();
    e.original.stopPropagation();
  });
  captor.on('mouseup', () => { dragged = undefined; });
}

/** Moves the camera so that every given node is in view (after an expansion: the node and its new neighbours). */
export function frameNodes(keys: string[]): void {
  const shown = keys.map((k) => renderer.getNodeDisplayData(k)).filter((d): d is NonNullable<typeof d> => !!d && !d.hidden);
  if (!shown.length) return;
  const xs = shown.map((d) => d.x), ys = shown.map((d) => d.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Display coordinates are the framed graph's (the whole picture spans about 1 at ratio 1).
  const ratio = Math.min(1, Math.max(CLOSEST_RATIO, Math.max(x1 - x0, y1 - y0) * FRAME_MARGIN));
  void renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 400 });
}

// The zoom buttons. Each click aims from where a running animation is going, not from where the
// camera is mid-way, so two quick clicks zoom twice (sigma's animatedZoom would restart from the
// half-way ratio and lose most of the first click).
/** How much one click zooms: sigma's own step for the wheel and double-click. */
const ZOOM_STEP = 1.5;
const ZOOM_MS = 250;

export function wireZoomButtons(camera: Camera, buttons: { zoomIn: HTMLElement; zoomOut: HTMLElement; fit: HTMLElement }): void {
  let target = camera.getState().ratio;
  const zoomBy = (factor: number) => {
    const from = camera.isAnimated() ? target : camera.getState().ratio;
    target = camera.getBoundedRatio(from * factor);
    void camera.animate({ ratio: target }, { duration: ZOOM_MS });
  };
  buttons.zoomIn.onclick = () => zoomBy(1 / ZOOM_STEP);
  buttons.zoomOut.onclick = () => zoomBy(ZOOM_STEP);
  buttons.fit.onclick = () => { target = 1; void camera.animatedReset({ duration: ZOOM_MS }); };
}
