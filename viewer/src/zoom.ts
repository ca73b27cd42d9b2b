// The zoom buttons. Each click aims from where a running animation is going, not from where the
// camera is mid-way, so two quick clicks zoom twice (sigma's animatedZoom would restart from the
// half-way ratio and lose most of the first click).
import type { Camera } from 'sigma';

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
