// The options the research views share: where their output goes and how
// their picture (a map, a chart) is drawn.
import { Option, type Command } from 'commander';
import { VIEW_FORMATS, type ViewFormat } from '../views/output';
import { positiveNumber, wholeNumber } from './options';
import { PICTURE } from '../defaults';

export interface ViewFlags { format: ViewFormat; out?: string; width: number; height: number; scale: number; title?: string; lang: 'zh' | 'en' }

export function viewOptions(cmd: Command, picture: string): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output').choices([...VIEW_FORMATS]).default('table'))
    .option('-o, --out <file>', 'write to this file instead of stdout')
    .option('--width <px>', `${picture} width`, wholeNumber, PICTURE.width)
    .option('--height <px>', `${picture} height`, wholeNumber, PICTURE.height)
    .option('--scale <factor>', `png: pixels per ${picture} unit`, positiveNumber, PICTURE.scale)
    .option('--title <text>', `${picture} title`)
    .addOption(new Option('--lang <lang>', 'legend language').choices(['zh', 'en']).default(PICTURE.lang));
}
