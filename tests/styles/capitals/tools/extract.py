import re,sys,json,os
D='/work/scratch/styles45/releases'
def body(p):
    s=open(p,encoding='utf-8').read()
    parts=s.split('---',2)
    return parts[2]
def spans(text):
    out=[]
    for para in re.split(r'\n\s*\n',text):
        stack=[]  # (kind,startidx)
        po=[]
        i=0;n=len(para)
        while i<n:
            c=para[i]
            prev=para[i-1] if i>0 else ' '
            nxt=para[i+1] if i+1<n else ' '
            if c=='"':
                if stack and stack[-1][0]=='"':
                    k,st=stack.pop(); po.append((st,para[st:i]))
                else:
                    stack.append(('"',i+1))
            elif c=='“': stack.append(('“',i+1))
            elif c=='”':
                if stack and stack[-1][0]=='“':
                    k,st=stack.pop(); po.append((st,para[st:i]))
            elif c=='«': stack.append(('«',i+1))
            elif c=='»':
                if stack and stack[-1][0]=='«':
                    k,st=stack.pop(); po.append((st,para[st:i]))
            elif c=='‘': stack.append(('‘',i+1))
            elif c=='’':
                if stack and stack[-1][0]=='‘' and not (prev.isalpha() and nxt.isalpha()):
                    k,st=stack.pop(); po.append((st,para[st:i]))
            elif c=="'":
                if prev.isalpha() and nxt.isalpha(): pass
                elif stack and stack[-1][0]=="'" and not nxt.isalpha():
                    k,st=stack.pop(); po.append((st,para[st:i]))
                elif (not prev.isalnum()) and nxt.isalpha():
                    stack.append(("'",i+1))
            i+=1
        for k,st in stack:
            po.append((st,para[st:]))  # unclosed (continued) quotation
        out.extend(x for _,x in sorted(po))
    return out
def first5(sp):
    return ' '.join(sp.split()[:5])
if __name__=='__main__':
    for f in sorted(os.listdir(D)):
        for sp in spans(body(os.path.join(D,f))):
            print(f, '|', first5(sp))
