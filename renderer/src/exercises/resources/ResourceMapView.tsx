import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type Konva from 'konva';
import { Circle, Group, Image as KonvaImage, Layer, Line, Stage } from 'react-konva';
import {
  capitalColour,
  capitals,
  resourceProblems,
  type Capital,
  type ResourceProblem,
} from '../../../../shared/exercises/resources/capitals.js';
import { areaFill, mapScene } from '../../../../shared/exercises/resources/mapScene.js';
import { pentagonOf, pentagonScene } from '../../../../shared/exercises/resources/pentagon.js';
import {
  areaKinds,
  mapLayers,
  photoSize,
  zResourceMapDocument,
  type AreaKind,
  type MapLayer,
  type MapResource,
  type ResourceMapDocument,
} from '../../../../shared/exercises/resources/schema.js';
import type { TextPrimitive } from '../../../../shared/scene/primitives.js';
import { sceneToSvg } from '../../../../shared/scene/svg.js';
import { circleProps, lineProps, StaticShape, TextShape } from '../../canvas/SceneShapes.js';
import { useExercise } from '../document/useExercise.js';
import { useDragLift } from '../../canvas/useDragLift.js';
import { useStageViewport } from '../../canvas/useStageViewport.js';
import { ZoomTools } from '../../canvas/ZoomTools.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field, NameField, Segmented, SegmentedField } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { DamagedImage, importPhoto, loadPhoto } from './photoImport.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { compareMaps } from '../../../../shared/exercises/resources/compare.js';
import { sameNameKey } from '../../../../shared/model/text.js';
import { isTyping } from '../useKeymap.js';
import { CanvasBox } from '../../canvas/CanvasBox.js';

const parse = (body: unknown): ResourceMapDocument => zResourceMapDocument.parse(body);
type Tab = 'map' | 'table' | 'pentagon';
type Tool = 'select' | MapLayer;

function updateResource(doc: ResourceMapDocument, id: string, change: Partial<MapResource>): ResourceMapDocument {
  return { ...doc, resources: doc.resources.map((r) => (r.id === id ? { ...r, ...change } : r)) };
}

/** Where a new marker goes: along a spiral from the centre, clear of the others. */
function freeSpot(doc: ResourceMapDocument): { x: number; y: number } {
  for (let k = 0; k < 400; k += 1) {
    const angle = k * 0.9;
    const distance = 90 + k * 14;
    const at = { x: Math.round(Math.cos(angle) * distance), y: Math.round(Math.sin(angle) * distance) };
    if (doc.resources.every((r) => Math.hypot(r.x - at.x, r.y - at.y) > 150)) return at;
  }
  return { x: 0, y: 0 };
}

/** Potential and resource mapping: resources of the five capitals placed on the village map. */
export function ResourceMapView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, update } = history;
  const [tab, setTab] = useState<Tab>('map');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameInvalid, setNameInvalid] = useState(false);
  const [capital, setCapital] = useState<Capital>('natural');
  const [filter, setFilter] = useState<ResourceProblem | ''>('');
  const [tool, setTool] = useState<Tool>('select');
  const [areaKind, setAreaKind] = useState<AreaKind>('ricefield');
  const [labelText, setLabelText] = useState('');
  // The shape being drawn, also in a ref: a double-click's second press comes before React
  // re-renders, and must see the point the first press added.
  const [draft, setDraftState] = useState<number[]>([]);
  const draftRef = useRef<number[]>([]);
  const setDraft = useCallback((next: number[] | ((p: number[]) => number[])) => {
    draftRef.current = typeof next === 'function' ? next(draftRef.current) : next;
    setDraftState(draftRef.current);
  }, []);
  const penDown = useRef(false);
  const drag = useDragLift();
  const [problem, setProblem] = useState<string | null>(null);
  const [selectedShapeId, setSelectedShapeId] = useState<string | null>(null);
  const [photoImage, setPhotoImage] = useState<HTMLImageElement | null>(null);
  const lastPress = useRef<{ x: number; y: number; time: number } | null>(null);
  const letters = useMemo(
    () => Object.fromEntries(capitals.map((c) => [c, t(`resources.letters.${c}`)])) as Record<Capital, string>,
    [t],
  );
  const scene = useMemo(() => (doc ? mapScene(doc, letters, selectedId) : null), [doc, letters, selectedId]);
  const { container, stageProps, isStage, fit, zoom } = useStageViewport(
    scene?.bounds ?? { x: -400, y: -300, width: 800, height: 600 },
    doc !== null && tab === 'map',
  );
  const selected = doc?.resources.find((r) => r.id === selectedId) ?? null;
  const { showError } = useApp();
  const [siblings, setSiblings] = useState<{ id: string; title: string }[]>([]);
  const [otherId, setOtherId] = useState('');
  const [other, setOther] = useState<{ id: string; title: string; doc: ResourceMapDocument } | null>(null);
  const photoId = doc?.photo?.id ?? null;
  useEffect(() => {
    if (!photoId) return setPhotoImage(null);
    loadPhoto(photoId).then(setPhotoImage).catch(showError);
  }, [photoId, showError]);
  const [known, setKnown] = useState<{ name: string; capital: string }[]>([]);
  useEffect(() => {
    call('resource.list', {}).then(setKnown).catch(showError);
  }, [showError]);
  useEffect(() => {
    call('session.get', { id: sessionId })
      .then((session) => setSiblings(session.exercises.filter((e) => e.type === 'resourceMap' && e.id !== exerciseId)))
      .catch(showError);
  }, [exerciseId, sessionId, showError]);
  useEffect(() => {
    if (!otherId) return setOther(null);
    call('exercise.get', { id: otherId })
      .then((ex) => setOther({ id: ex.id, title: ex.title, doc: zResourceMapDocument.parse(ex.body) }))
      .catch(showError);
  }, [otherId, showError]);

  /** Ends the line or area being drawn: one shape, one undo step. */
  const finishDraft = useCallback(() => {
    const points = draftRef.current;
    const enough = tool === 'areas' ? 6 : 4;
    if (points.length >= enough && tool !== 'select')
      update((d) => ({
        ...d,
        shapes: [...d.shapes, { id: newId(), layer: tool, points, ...(tool === 'areas' ? { areaKind } : {}) }],
      }));
    setDraft([]);
  }, [areaKind, setDraft, tool, update]);

  useEffect(() => {
    if (tab !== 'map') return;
    const onKey = (e: KeyboardEvent): void => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey) return;
      if (draft.length && e.key === 'Enter') {
        finishDraft();
        e.preventDefault();
        return;
      }
      if (draft.length && e.key === 'Escape') {
        setDraft([]);
        e.preventDefault();
        return;
      }
      if (selectedShapeId && (e.key === 'Delete' || e.key === 'Backspace')) {
        update((d) => ({ ...d, shapes: d.shapes.filter((x) => x.id !== selectedShapeId) }));
        setSelectedShapeId(null);
        e.preventDefault();
        return;
      }
      if (!selectedId) return;
      if (e.key === 'Delete' || e.key === 'Backspace') {
        update((d) => ({ ...d, resources: d.resources.filter((r) => r.id !== selectedId) }));
        setSelectedId(null);
        e.preventDefault();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draft.length, finishDraft, selectedId, selectedShapeId, tab, update]);

  if (!doc || !scene) return null;

  const add = (e: FormEvent): void => {
    e.preventDefault();
    if (!name.trim()) return setNameInvalid(true);
    const id = newId();
    update((d) => ({
      ...d,
      resources: [
        ...d.resources,
        { id, name, capital, description: '', owner: '', rating: 3, problems: {}, ...freeSpot(d) },
      ],
    }));
    setSelectedId(id);
    setName('');
  };

  const capitalOptions = capitals.map((c) => ({
    value: c,
    label: t(`resources.capitals.${c}`),
    swatch: capitalColour[c],
  }));
  const pentagon = pentagonOf(doc.resources);
  const capitalLabels = Object.fromEntries(capitals.map((c) => [c, t(`resources.capitals.${c}`)])) as Record<
    Capital,
    string
  >;
  const shown = doc.resources.filter((r) => !filter || r.problems[filter] !== undefined);
  const texts = scene.primitives.filter((p): p is TextPrimitive => p.kind === 'text');

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
      tabs={[
        { key: 'map', label: t('resources.tabMap') },
        { key: 'table', label: t('resources.tabTable') },
        { key: 'pentagon', label: t('resources.tabPentagon') },
      ]}
    >
      {tab === 'map' ? (
        <>
          <form className="toolbar" onSubmit={add}>
            <NameField
              label={t('resources.name')}
              value={name}
              invalid={nameInvalid}
              list="known-resources"
              onValueChange={(v) => {
                setNameInvalid(false);
                setName(v);
                // A resource the community named before keeps its capital.
                const match = known.find((k) => sameNameKey(k.name) === sameNameKey(v));
                if (match && (capitals as readonly string[]).includes(match.capital))
                  setCapital(match.capital as Capital);
              }}
            />
            <datalist id="known-resources">
              {known.map((k) => (
                <option key={k.name} value={k.name} />
              ))}
            </datalist>
            <Segmented label={t('resources.capital')} value={capital} options={capitalOptions} onChange={setCapital} />
            <Button variant="primary" type="submit">
              <Icon name="plus" /> {t('resources.add')}
            </Button>
          </form>
          <div className="toolbar">
            <Segmented
              label={t('resources.tool')}
              value={tool}
              options={(['select', ...mapLayers] as const).map((x) => ({ value: x, label: t(`resources.tools.${x}`) }))}
              onChange={(next) => {
                setDraft([]);
                setTool(next);
              }}
            />
            {tool === 'areas' ? (
              <select
                aria-label={t('resources.areaKind')}
                value={areaKind}
                onChange={(e) => setAreaKind(e.target.value as AreaKind)}
              >
                {areaKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`resources.areaKinds.${k}`)}
                  </option>
                ))}
              </select>
            ) : null}
            {tool === 'labels' ? (
              <input
                aria-label={t('resources.labelText')}
                placeholder={t('resources.labelText')}
                value={labelText}
                onChange={(e) => setLabelText(e.target.value)}
              />
            ) : null}
            {tool !== 'select' ? (
              <span className="muted small">
                {tool === 'pen'
                  ? t('resources.penHint')
                  : tool === 'labels'
                    ? t('resources.labelHint')
                    : t('resources.drawHint')}
              </span>
            ) : null}
          </div>
          <div className="toolbar">
            <Button
              onClick={() => {
                setProblem(null);
                importPhoto()
                  .then((photo) => photo && update((d) => ({ ...d, photo })))
                  .catch((e: unknown) =>
                    e instanceof DamagedImage ? setProblem(t('errors.damaged_image')) : showError(e),
                  );
              }}
            >
              <Icon name="folder" /> {t('resources.photo')}
            </Button>
            {doc.photo ? (
              <Button variant="ghost" onClick={() => update((d) => ({ ...d, photo: null }))}>
                {t('resources.removePhoto')}
              </Button>
            ) : null}
            {problem ? (
              <span className="field-error" role="alert">
                {problem}
              </span>
            ) : null}
          </div>
          <div className="editor-body map-body">
            <div className="canvas-wrap">
              <ZoomTools zoom={zoom} fit={fit} className="canvas-tools" />
              <CanvasBox container={container} testId="map-canvas">
                {stageProps ? (
                  <Stage
                    {...stageProps}
                    draggable={tool === 'select'}
                    onMouseDown={(e) => {
                      if (tool === 'select' && isStage(e.target)) {
                        setSelectedId(null);
                        setSelectedShapeId(null);
                      }
                    }}
                    onPointerDown={(e) => {
                      if (tool === 'select') return;
                      const at = (e.target.getStage() as Konva.Stage).getRelativePointerPosition();
                      if (!at) return;
                      const x = Math.round(at.x);
                      const y = Math.round(at.y);
                      if (tool === 'labels') {
                        if (labelText.trim())
                          update((d) => ({
                            ...d,
                            shapes: [...d.shapes, { id: newId(), layer: 'labels', points: [x, y], text: labelText }],
                          }));
                        return;
                      }
                      if (tool === 'pen') {
                        penDown.current = true;
                        setDraft([x, y]);
                        return;
                      }
                      // A second press on the same spot (a double-click or double-tap) ends the line.
                      const last = lastPress.current;
                      const now = performance.now();
                      lastPress.current = { x, y, time: now };
                      if (last && now - last.time < 450 && Math.hypot(last.x - x, last.y - y) < 12) {
                        lastPress.current = null;
                        finishDraft();
                        return;
                      }
                      setDraft((p) => [...p, x, y]);
                    }}
                    onPointerMove={(e) => {
                      if (tool !== 'pen' || !penDown.current) return;
                      const at = (e.target.getStage() as Konva.Stage).getRelativePointerPosition();
                      if (!at) return;
                      setDraft((p) => {
                        const lx = p[p.length - 2] ?? 0;
                        const ly = p[p.length - 1] ?? 0;
                        return Math.hypot(at.x - lx, at.y - ly) < 4 ? p : [...p, Math.round(at.x), Math.round(at.y)];
                      });
                    }}
                    onPointerUp={() => {
                      if (tool !== 'pen' || !penDown.current) return;
                      penDown.current = false;
                      finishDraft();
                    }}
                  >
                    <Layer>
                      {photoImage && doc.photo ? (
                        <KonvaImage
                          image={photoImage}
                          x={-photoSize(doc.photo).width / 2}
                          y={-photoSize(doc.photo).height / 2}
                          width={photoSize(doc.photo).width}
                          height={photoSize(doc.photo).height}
                          listening={false}
                        />
                      ) : null}
                      {scene.primitives.map((p, i) =>
                        p.kind === 'circle' && p.target ? (
                          <Circle
                            key={p.target}
                            name={`resource-${p.target}`}
                            {...circleProps(p)}
                            draggable={tool === 'select'}
                            listening={tool === 'select'}
                            onMouseDown={() => {
                              setSelectedShapeId(null);
                              setSelectedId(p.target!);
                            }}
                            onTap={() => setSelectedId(p.target!)}
                            onDragStart={(e) => drag.lift(e.target, p.target!)}
                            onDragMove={(e) => drag.follow(e.target.x() - p.x, e.target.y() - p.y)}
                            onDragEnd={(e) => {
                              e.cancelBubble = true;
                              drag.drop(e.target);
                              const id = p.target!;
                              const x = Math.round(e.target.x());
                              const y = Math.round(e.target.y());
                              update((d) => updateResource(d, id, { x, y }));
                            }}
                          />
                        ) : p.kind === 'icon' ? (
                          <Group key={`i${i}`} ref={drag.register(p.target)}>
                            <StaticShape p={p} />
                          </Group>
                        ) : p.kind === 'line' && p.target ? (
                          // A drawn road, river, area or stroke: selectable to delete it.
                          <Line
                            key={p.target}
                            name={`shape-${p.target}`}
                            {...lineProps(p)}
                            stroke={p.target === selectedShapeId ? '#0b5cad' : p.stroke}
                            hitStrokeWidth={24}
                            listening={tool === 'select'}
                            onMouseDown={() => {
                              setSelectedId(null);
                              setSelectedShapeId(p.target!);
                            }}
                          />
                        ) : p.kind !== 'text' ? (
                          <StaticShape key={`s${i}`} p={p} />
                        ) : null,
                      )}
                    </Layer>
                    <Layer listening={false}>
                      {texts.map((p, i) => (
                        <Group key={`${p.target}-${i}`} ref={drag.register(p.target)}>
                          <TextShape p={p} />
                        </Group>
                      ))}
                      {draft.length >= 2 ? (
                        <Line
                          points={draft}
                          stroke="#111827"
                          strokeWidth={4}
                          dash={tool === 'pen' ? undefined : [10, 6]}
                          closed={tool === 'areas'}
                          fill={tool === 'areas' ? areaFill[areaKind] : undefined}
                        />
                      ) : null}
                    </Layer>
                    <Layer ref={drag.layer} />
                  </Stage>
                ) : null}
              </CanvasBox>
              <div className="legend" aria-label={t('venn.legend')}>
                <ul>
                  {capitals.map((c) => (
                    <li key={c}>
                      <span className="swatch" style={{ background: capitalColour[c] }} /> {letters[c]}{' '}
                      {capitalLabels[c]}
                    </li>
                  ))}
                </ul>
              </div>
              {doc.resources.length === 0 ? <p className="canvas-hint">{t('resources.none')}</p> : null}
            </div>
            <aside className="side">
              {selected ? (
                <ResourcePanel
                  key={selected.id}
                  resource={selected}
                  capitalOptions={capitalOptions}
                  onChange={(change) => update((d) => updateResource(d, selected.id, change))}
                  onRemove={() => {
                    update((d) => ({ ...d, resources: d.resources.filter((r) => r.id !== selected.id) }));
                    setSelectedId(null);
                  }}
                />
              ) : (
                <p className="muted">{t('resources.hint')}</p>
              )}
              <fieldset className="layers">
                <legend>{t('resources.layers')}</legend>
                {([...mapLayers, 'resources'] as const).map((layer) => (
                  <label key={layer} className="check">
                    <input
                      type="checkbox"
                      checked={!doc.hiddenLayers.includes(layer)}
                      onChange={(e) =>
                        update((d) => ({
                          ...d,
                          hiddenLayers: e.target.checked
                            ? d.hiddenLayers.filter((l) => l !== layer)
                            : [...d.hiddenLayers, layer],
                        }))
                      }
                    />
                    {t(`resources.layerNames.${layer}`)}
                  </label>
                ))}
              </fieldset>
              <SegmentedField
                label={t('resources.background')}
                value={doc.background}
                options={[
                  { value: 'grid', label: t('resources.grid') },
                  { value: 'blank', label: t('resources.blank') },
                ]}
                onChange={(background) => update((d) => ({ ...d, background }))}
              />
            </aside>
          </div>
        </>
      ) : null}
      {tab === 'table' ? (
        <section className="card">
          <Field label={t('resources.filter')}>
            {(id) => (
              <select id={id} value={filter} onChange={(e) => setFilter(e.target.value as ResourceProblem | '')}>
                <option value="">{t('resources.all')}</option>
                {resourceProblems.map((p) => (
                  <option key={p} value={p}>
                    {t(`resources.problemNames.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {capitals.map((c) => {
            const rows = shown.filter((r) => r.capital === c);
            if (rows.length === 0) return null;
            return (
              <section key={c} aria-label={capitalLabels[c]}>
                <h2>
                  <span className="swatch" style={{ background: capitalColour[c] }} /> {capitalLabels[c]} ({rows.length}
                  )
                </h2>
                <table className="data" data-testid={`resources-${c}`}>
                  <thead>
                    <tr>
                      <th>{t('resources.name')}</th>
                      <th>{t('resources.rating')}</th>
                      <th>{t('resources.owner')}</th>
                      <th>{t('resources.problems')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.id}>
                        <td>{r.name}</td>
                        <td>{r.rating}</td>
                        <td>{r.owner}</td>
                        <td>
                          {resourceProblems
                            .filter((p) => r.problems[p] !== undefined)
                            .map(
                              (p) => `${t(`resources.problemNames.${p}`)}${r.problems[p] ? `: ${r.problems[p]}` : ''}`,
                            )
                            .join('; ')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            );
          })}
        </section>
      ) : null}
      {tab === 'pentagon' ? (
        <section className="card pentagon">
          <div>
            <div
              className="pentagon-chart"
              role="img"
              aria-label={t('resources.tabPentagon')}
              // Built by our own scene code; every label is escaped.
              dangerouslySetInnerHTML={{
                __html: sceneToSvg(
                  pentagonScene(
                    [
                      ...(other ? [{ values: pentagonOf(other.doc.resources), stroke: '#6B7280', dash: [12, 8] }] : []),
                      { values: pentagon, stroke: '#0b5cad' },
                    ],
                    capitalLabels,
                  ),
                  '100%',
                ),
              }}
            />
            {siblings.length > 0 ? (
              <Field label={t('resources.compareWith')}>
                {(id) => (
                  <select id={id} value={other?.id ?? ''} onChange={(e) => setOtherId(e.target.value)}>
                    <option value="">{t('common.none')}</option>
                    {siblings.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.title}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
            {other ? <MapChangesList before={other.doc} after={doc} otherTitle={other.title} /> : null}
          </div>
          <div>
            <p className="muted">{t('resources.formula')}</p>
            <table className="data" data-testid="pentagon-values">
              <thead>
                <tr>
                  <th>{t('resources.capital')}</th>
                  <th>{t('resources.count')}</th>
                  <th>{t('resources.value')}</th>
                </tr>
              </thead>
              <tbody>
                {capitals.map((c) => (
                  <tr key={c}>
                    <td>{capitalLabels[c]}</td>
                    <td>{doc.resources.filter((r) => r.capital === c).length}</td>
                    <td>{pentagon[c].toFixed(2)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </ExerciseFrame>
  );
}

function ResourcePanel({
  resource,
  capitalOptions,
  onChange,
  onRemove,
}: {
  resource: MapResource;
  capitalOptions: { value: Capital; label: string; swatch: string }[];
  onChange: (change: Partial<MapResource>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(resource.name);
  const [invalid, setInvalid] = useState(false);
  const text = (key: 'description' | 'owner') => (
    <Field label={t(`resources.${key}`)}>
      {(id) => (
        <input
          id={id}
          defaultValue={resource[key]}
          onBlur={(e) => e.target.value !== resource[key] && onChange({ [key]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <section className="panel-section">
      <NameField
        label={t('resources.name')}
        value={name}
        invalid={invalid}
        onValueChange={(v) => {
          setInvalid(false);
          setName(v);
        }}
        onBlur={() => (name.trim() ? name !== resource.name && onChange({ name }) : setInvalid(true))}
      />
      <SegmentedField
        label={t('resources.capital')}
        value={resource.capital}
        options={capitalOptions}
        onChange={(capital) => onChange({ capital })}
      />
      <SegmentedField
        label={t('resources.rating')}
        value={String(resource.rating)}
        options={[0, 1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
        onChange={(v) => onChange({ rating: Number(v) })}
      />
      {text('owner')}
      {text('description')}
      <div className="field">
        <span className="label">{t('resources.problems')}</span>
        {resourceProblems.map((p) => {
          const on = resource.problems[p] !== undefined;
          return (
            <div key={p} className="problem">
              <label className="check">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => {
                    const problems = { ...resource.problems };
                    if (e.target.checked) problems[p] = '';
                    else delete problems[p];
                    onChange({ problems });
                  }}
                />
                {t(`resources.problemNames.${p}`)}
              </label>
              {on ? (
                <input
                  aria-label={`${t('resources.problemNote')}: ${t(`resources.problemNames.${p}`)}`}
                  defaultValue={resource.problems[p]}
                  onBlur={(e) =>
                    e.target.value !== resource.problems[p] &&
                    onChange({ problems: { ...resource.problems, [p]: e.target.value } })
                  }
                />
              ) : null}
            </div>
          );
        })}
      </div>
      <Button variant="danger" onClick={onRemove}>
        <Icon name="trash" /> {t('resources.remove')}
      </Button>
    </section>
  );
}

/** Resources added, gone and re-rated since the other map (matched by name). */
function MapChangesList({
  before,
  after,
  otherTitle,
}: {
  before: ResourceMapDocument;
  after: ResourceMapDocument;
  otherTitle: string;
}) {
  const { t } = useTranslation();
  const keyed = (d: ResourceMapDocument) => d.resources.map((r) => ({ ...r, id: sameNameKey(r.name) }));
  const changes = compareMaps(keyed(before), keyed(after));
  const none = changes.added.length + changes.gone.length + changes.rerated.length === 0;
  return (
    <section aria-label={`${t('resources.compareWith')} ${otherTitle}`} data-testid="map-changes">
      {none ? <p className="muted">{t('resources.noChanges')}</p> : null}
      {changes.added.length ? (
        <p>
          <strong>{t('resources.added')}:</strong> {changes.added.map((r) => r.name).join(', ')}
        </p>
      ) : null}
      {changes.gone.length ? (
        <p>
          <strong>{t('resources.gone')}:</strong> {changes.gone.map((r) => r.name).join(', ')}
        </p>
      ) : null}
      {changes.rerated.length ? (
        <p>
          <strong>{t('resources.rerated')}:</strong>{' '}
          {changes.rerated.map((c) => `${c.resource.name} ${c.before} → ${c.after}`).join(', ')}
        </p>
      ) : null}
    </section>
  );
}
