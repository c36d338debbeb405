import re, sys, json, os
D='/work/scratch/styles51/releases'
def body(t):
    parts=t.split('\n---\n',1)
    return parts[1] if t.startswith('---') else t
def spans(text):
    out=[]
    for para in re.split(r'\n\s*\n', text):
        dbl=None; sgl=None
        n=len(para)
        for i,c in enumerate(para):
            prev=para[i-1] if i>0 else ' '
            nxt=para[i+1] if i+1<n else ' '
            if c in '“"' and dbl is None and (c=='“' or not prev.isalnum()):
                dbl=i; continue
            if c in '”"' and dbl is not None:
                out.append(para[dbl+1:i] if sgl is None or sgl<dbl else para[dbl+1:i]); out[-1]=(dbl,para[dbl+1:i],para); dbl=None; continue
            if c in "‘'" and sgl is None and (c=='‘' or (not prev.isalnum() and (nxt.isalnum()))) and not prev.isalnum():
                sgl=i; continue
            if c in "’'" and sgl is not None and not nxt.isalnum():
                out.append((sgl,para[sgl+1:i],para)); sgl=None; continue
        if dbl is not None: out.append((dbl,para[dbl+1:],para))
        if sgl is not None: out.append((sgl,para[sgl+1:],para))
    # sort within paragraph by start
    res=[]; 
    return out
def ordered(text):
    res=[]
    off=0
    for para in re.split(r'\n\s*\n', text):
        sp=spans(para)
        sp.sort(key=lambda x:x[0])
        res+= [s[1] for s in sp]
    return res
if __name__=='__main__':
    for f in sorted(os.listdir(D)):
        t=open(os.path.join(D,f)).read()
        for k,s in enumerate(ordered(body(t))):
            print(f, k, '|', ' '.join(s.split()[:5]))
