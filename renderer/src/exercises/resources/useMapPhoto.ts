import { useEffect, useState } from 'react';
import { useApp } from '../../AppContext.js';
import { loadPhoto } from './photoImport.js';

/**
 * The map's photo as an image for the canvas, loaded from the file: `image` once loaded
 * (null while loading, without a photo, or when it failed), and `settled` once there is
 * nothing more to wait for (loaded, failed, or no photo). A failure is shown to the user
 * (a photo removed from the file by another program); the map works on without it.
 */
export function useMapPhoto(photoId: string | null): { image: HTMLImageElement | null; settled: boolean } {
  const { showError } = useApp();
  const [loaded, setLoaded] = useState<{ id: string; image: HTMLImageElement | null } | null>(null);
  useEffect(() => {
    if (!photoId) return;
    let current = true;
    loadPhoto(photoId)
      .then((image) => current && setLoaded({ id: photoId, image }))
      .catch((error: unknown) => {
        if (!current) return;
        setLoaded({ id: photoId, image: null });
        showError(error);
      });
    return () => {
      current = false;
    };
  }, [photoId, showError]);
  const forThisPhoto = photoId !== null && loaded?.id === photoId;
  return { image: forThisPhoto ? loaded.image : null, settled: photoId === null || forThisPhoto };
}
